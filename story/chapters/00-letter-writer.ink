// Chapter 0: Letter Writer 612 (prologue and tutorial).
// The player composes a client's anniversary letter (three slots, three candidates each),
// walks home through the plaza, rides up with the couples, remembers Catherine, and ends
// the night in a chat room. Sets: openness, hiding, holding_on, song, dignity,
// memories (first_apartment).

=== letter_writer_612 ===
# chapter: letter_writer_612, Letter Writer 612
-> office

= office
# bg: office, fade
# music: office
# ambience: office
Morning at the letter office. The walls are glass, the light is the colour of apricots, and everyone is talking to someone who isn't in the room.
Forty writers murmur into forty screens. Somebody's grandson is sorry. Somebody's wife is proud of him. Two desks down, a woman explains, very tenderly, that a dog named Biscuit will be a good boy forever.
Theodore sits, and his screen wakes with the firm's crest. LONGHAND & CO. — WRITTEN BY HAND, FROM THE HEART. Below it, smaller, the only name the building knows him by. Writer 612.
Today's client is Walter Brisk, eighty-three, sixty years married to a woman called Ada. The file holds three photographs and a note Walt must have typed with one careful finger.
In the first photograph, a young woman in a yellow raincoat leans on a ferry rail, laughing at whoever holds the camera. In the second, two narrow rooms over a bakery, a mattress on the floor, a loaf on the windowsill like a trophy. In the third, Ada, much older, asleep in an armchair with her glasses still on.
The note, all lowercase, reads "she hates a fuss. make a fuss."
Theodore has never met Walt. He never meets any of them. He knows Walt anyway, a little, the way you know a neighbour by his footsteps on the stairs.
He settles his headset, looks at the raincoat for a long moment, and begins to speak. Three spaces wait on the page. How it began. What the years were. What she should know now.
# letter: begin client
My dearest Ada,
* (true1) [I still have the ferry ticket from the day you laughed at my hat and then stole it.] I still have the ferry ticket from the day you laughed at my hat and then stole it.
* (craft1) [Sixty years ago the world asked me a question, and every morning since, you have been the answer.] Sixty years ago the world asked me a question, and every morning since, you have been the answer.
* (own1) [Some nights I wake before you do, only to make sure you are still there.] Some nights I wake before you do, only to make sure you are still there.
- (slot2)
* (true2) [We started with two rooms above a bakery, and for a year everything we owned smelled of bread.] We started with two rooms above a bakery, and for a year everything we owned smelled of bread.
* (craft2) [Our marriage has been one long letter, and I have loved every page, even the ones with coffee stains.] Our marriage has been one long letter, and I have loved every page, even the ones with coffee stains.
* (own2) [I have not always been easy to live beside, and every single day you chose to stay anyway.] I have not always been easy to live beside, and every single day you chose to stay anyway.
- (slot3)
* (true3) [You still make me laugh before my coffee, which at eighty-three is practically a medical event.] You still make me laugh before my coffee, which at eighty-three is practically a medical event.
* (craft3) [If they let me live it over, I would change nothing except the speed, and I would ask for slower.] If they let me live it over, I would change nothing except the speed, and I would ask for slower.
* (own3) [Whatever else the years take from me, let me keep the sound of you humming in the next room.] Whatever else the years take from me, let me keep the sound of you humming in the next room.
- (signed)
Happy sixtieth, my love. Still yours, and still learning how. Walt
# letter: end
He reads it back once. On the screen the ink settles into Walt's hand, slanted and a little shaky, the way an old man's writing should look.
~ temp owned = own1 + own2 + own3
~ temp crafted = craft1 + craft2 + craft3
{ crafted >= 2:
    ~ hiding += 1
}
{ owned >= 2:
    ~ holding_on += 1
}
# show: paul smile
Paul leans around the glass in a shirt covered with tiny flamingos, reading over Theodore's shoulder the way he always does.
{
- own1:
    Paul: "Only to make sure you are still there." Come on. That's somebody's actual heart, right there on the paper.
- own3:
    Paul: "The sound of you humming in the next room." I'm going to think about that all afternoon. I'm going to go home and hum at Tatiana.
- own2:
    Paul: "You chose to stay anyway." Oof. That's brave of Walt. I didn't know Walt had that in him.
- true2:
    Paul: Everything smelled of bread! I can smell it. I'm hungry and I'm moved, Theodore, both at once, and it's not even eleven.
- craft2:
    Paul: "Even the ones with coffee stains." That's a mug. People would buy that on a mug. I would buy two.
- else:
    Paul: Walt is going to read this out loud, and Ada is going to pretend she isn't crying. Man. You did it again.
}
* (shrug_it_off) [Shrug it off. "It's Walt's sixty years. I just typed."]
    ~ hiding += 1
    Theodore: It's Walt's sixty years. I just did the typing.
    # show: paul laugh
    Paul: See, that's what a genius says. That is word for word what a genius would say.
    Theodore lets the compliment slide off him like rain off a window. It's easier than catching it.
* (took_it) [Take it. "Thanks, Paul. I needed that."]
    ~ openness += 1
    Theodore: Thank you. Really. I think I needed somebody to like something today.
    # show: paul laugh
    Paul: Buddy. I like everything you do. Ask Tatiana. She's begging me to stop reading your letters to her at dinner.
    It lands somewhere in Theodore's chest and stays there, small and warm, like a coin in a pocket.
* (admitted) {owned > 0} [Admit it. "Some of that isn't Walt's."]
    ~ openness += 1
    ~ holding_on += 1
    Theodore: Honestly? Some of that isn't Walt's.
    Paul's grin softens. He looks at Theodore a beat longer than usual, the way you look at a friend who has just said more than he meant to.
    Paul: Then Walt's lucky he gets to borrow it.
- (after_praise)
# hide: paul
The day goes on in other people's voices. A birthday, an apology, a thank-you to a nurse. By six the glass has gone from apricot to grey, and Walt's letter sits in the print queue, waiting for real paper.
-> walk_home

= walk_home
# bg: plaza_night, dissolve
# music: stop
# ambience: city_night
Dusk on the plaza. Pale towers, long walkways, and a thousand people each wrapped in a private conversation.
He takes the long way, past the fountain that never quite works. Nothing at home is waiting for him.
A woman laughs into her earpiece. Theodore moves through the crowd like a guest who came to the wrong party and is too polite to leave.
He touches his ear.
Theodore: Read my email.
Device: From the Evening Bulletin. An actress has been photographed holding an umbrella the wrong way. Readers are divided.
Theodore: Save that one.
Device: From Lewman. Subject line, are you alive.
Device: "Theo. Four months of 'maybe next week.' I miss the guy who did the voices at parties and ordered for the whole table. Not this polite one who says he'll try. If you find the other guy, bring him to dinner."
Theodore stops walking. Someone brushes his shoulder and apologizes, not to him, but into their own ear.
Device: Reply, save for later, or delete?
* (replied) [Reply now.]
    ~ openness += 1
    Theodore: Reply. Lewman. I'm alive, mostly. Dinner sounds good. I'll see who turns up.
    Device: Sent.
    It isn't much. He feels it anyway, a small door opening somewhere down a long hall.
* (saved_later) [Later.]
    Theodore: Later.
    Device: Saved for later. You have fourteen messages saved for later.
    Theodore: Thank you. I know.
    Lewman's message slides back into the pile, under a coupon for patio furniture.
* (deleted) [Delete it.]
    ~ openness -= 1
    Theodore: Delete.
    Device: Deleted.
    The word takes less than a second. Lewman took longer than that to write it. You can tell from the commas.
- -> elevator

= elevator
# bg: elevator, cut
# ambience: stop
# sfx: ding
The doors open on a car full of couples.
A pair in matching running jackets, sharing one bottle of water. Two old men holding hands, one of them asleep on his feet. A girl with her cheek pressed to a boy's backpack, as though the backpack were him.
{
- office.own1:
    The dozing one keeps opening his eyes, just for a second, to check that the other one is still there. Then he closes them again.
- office.craft1:
    Sixty years, a question and an answer, Theodore wrote this morning. It sounded lovely. It doesn't sound like these two, who are mostly leaning.
- else:
    Theodore wonders which of them has the ferry ticket. Somebody always keeps the ferry ticket.
}
Theodore takes the spot by the buttons and watches the numbers climb. Nine. Ten. Behind him someone whispers a joke he isn't meant to hear, and someone else laughs the way you only laugh at one person.
Theodore: Play a song.
Device: What kind of song?
* [Something melancholy.]
    ~ song = "melancholy"
    ~ holding_on += 1
    Theodore: Something sad. Something that already knows.
    # music: melancholy
    Device: Playing a melancholy song.
    A piano, alone, taking its time. It fits the elevator the way an old coat fits a chair, already shaped to whoever is missing.
* [Something bright.]
    ~ song = "bright"
    Theodore: Something bright. Please. Anything with trumpets.
    # music: bright
    Device: Playing a bright song.
    Trumpets, as requested, far too many of them. He almost laughs. The girl with the backpack glances at him as though she heard it too.
- (arrive)
# sfx: ding
Twenty-six. The doors open. Nobody else gets off.
-> night

= night
# bg: apartment_night, fade
# ambience: room_tone
His apartment is large and mostly window. Outside, the city hangs in ten thousand lit rooms, every one of them someone else's.
A box of Catherine's books still sits by the door, taped and addressed and never sent. He steps around it without looking, the way you step around furniture in the dark.
{
- walk_home.replied:
    # sfx: chime
    Device: Message from Lewman. "HE LIVES. Dinner's on you. Wear a shirt with a collar."
    Theodore smiles at the ceiling, a little embarrassed, as though somebody might see.
- walk_home.saved_later:
    # sfx: chime
    Device: Reminder. Reply to Lewman.
    Theodore: Later.
    Device: Reminder moved to later.
- else:
    Nothing chimes. The inbox is clean, and the quiet is very thorough about it.
}
{
- song == "melancholy":
    The sad song is still going in his ear, patient as rain. He lets it.
- else:
    The bright song is still playing. In the dark it sounds like a party in someone else's apartment.
    # music: stop
    He turns it off.
}
He lies down on his side of the bed. The other half is cool under his hand, and when he closes his eyes she is there before he can decide whether to let her in.
# bg: memory, flash
# music: melancholy
# show: catherine laughing
Catherine, twenty-four, on a borrowed stepladder in their first apartment, with a roller full of a green she swore would look like sage. It looks like a swimming pool. She is laughing so hard the ladder shakes.
Catherine: Hold the ladder, writer. Stop narrating me and hold the ladder.
{ office.true2:
    Two rooms above a bakery, he wrote today, and gave them to Walt. He knows now whose rooms they really were. Theirs smelled of paint.
}
* [Stay in it.]
    ~ holding_on += 1
    ~ memories += first_apartment
    -> stay_in_it
* [Remember it as it was, not only as you miss it.]
    ~ openness += 1
    ~ memories += first_apartment
    -> as_it_was
* [Open your eyes. Turn on the lamp.]
    ~ hiding += 1
    -> lamp

= stay_in_it
# fx: flash
She comes down the ladder straight into his arms and leaves a green handprint on his shirt. He keeps the shirt for years.
# fx: flash
A car at night, both of them laughing at something neither can remember, laughing until she has to pull over.
# fx: flash
Winter. She is asleep against his back, and her cold feet find his shins the way they always do, as if they had a map.
{ office.own1:
    In the memory he wakes before her, only to make sure she is still there. He wrote that line today and called it Walt's.
}
# bg: apartment_night, flash
# hide: catherine
He reaches behind him. Cool sheet. The city, still lit, still someone else's.
-> after_memory

= as_it_was
# bg: memory, dissolve
# show: catherine turned
Later. The same rooms, repainted white. Catherine sits by the window with a draft she wants him to read, and he says in a minute, he's almost done, and she turns back to the glass and waits, and waits.
Both rooms are true. The green wall and the white one. He makes himself hold them both, and it hurts in a cleaner way than missing her does.
{ office.own2:
    Not always easy to live beside. He gave that line to Walt as well.
}
# bg: apartment_night, dissolve
# hide: catherine
He opens his eyes. The window. The lights. The long quiet after a true thing.
-> after_memory

= lamp
# bg: apartment_night, cut
# hide: catherine
# music: stop
He sits up and clicks the lamp on, and the room snaps back into place. A chair. A glass of water. Nobody.
He drinks the water. He reads the same paragraph of a novel three times, something about a lighthouse keeper, until the words are only shapes.
It works. It always works, for about a minute. Then the lamp is just a lamp, and the room is exactly as big with the light on.
-> after_memory

= after_memory
{
- office.shrug_it_off:
    Somewhere in his coat is Paul's compliment, still folded, never opened.
- office.took_it:
    Paul's compliment is still there, the coin in his pocket. He turns it over once in the dark.
- office.admitted:
    Some of that isn't Walt's, he told Paul today. It turns out more of it was his than he said.
}
It is fourteen minutes past two. He is not going to sleep.
-> chat

= chat
# bg: chat_room, dissolve
# music: stop
# ambience: room_tone
He puts the earpiece back in and asks, quietly, for the late-night room, as if the walls might judge him.
Device: Connecting. There are six people awake in this room.
A list of names scrolls past in a soft voice. MarathonMike. quiet_harbor. NotAVampire. Before he can choose, one of them chooses him.
Stranger: Hi. I'm lanternfish. Say something so I know you're a real person.
* [Say hello.]
    Theodore: Hi. I'm real. Mostly. It's late.
* [Hang up before this becomes a story you never tell anyone.]
    ~ dignity += 2
    # sfx: hangup
    He takes the earpiece out and sets it face down on the nightstand, as if it might otherwise keep watching.
    Somewhere in the dark, six people go on talking without him. He lies back and listens to the refrigerator instead. It hums. It asks nothing of him.
    -> to_be_continued
- Stranger: You sound nice. Sad, but nice. Do you know why I'm called lanternfish?
Theodore: I don't.
Stranger: They live at the bottom of the ocean and make their own light, because nobody else down there is going to.
Stranger: What does your room look like? Tell me. I want to picture it.
Theodore: Big windows. The whole city out there. A glass of water I keep meaning to drink.
Stranger: Mine has a radiator that knocks like somebody wants to come in. It's never anybody. I still say "come in," though.
He almost tells her it's a good answer. Then her voice drops, very serious and very close.
Stranger: Okay. Here's the thing. I need you to know there's a swan.
Theodore: A swan.
Stranger: At the foot of the bed. A big one. It got in somehow. And it is so angry with us.
* [Play along with the swan.]
    -> the_swan
* [Tell her the truth. You only wanted to talk.]
    ~ openness += 1
    ~ dignity += 1
    -> the_truth
* [Hang up, gently.]
    ~ dignity += 1
    Theodore: Sorry. I should go. The swan can have the room.
    Stranger: Your loss. It's a really good swan.
    # sfx: hangup
    The line clicks. The room is very quiet, and, as far as he can tell, entirely free of swans.
    -> to_be_continued

= the_swan
Theodore: It's... very angry. It's hissing. It's spreading its wings.
Stranger: Yes. Yes! Tell me it's the angriest swan in the whole {cuss("damn")} park.
Theodore: It's the angriest swan in the park. It's been banned from other parks. There are posters.
Stranger: Oh, that's perfect. That's it. That's the one.
# pause: 1.5
A long sigh on the line. A rustle of sheets. Then her voice again, suddenly bright and wide awake.
Stranger: Okay! Wow. Thank you. That was really great. Goodnight!
# sfx: hangup
Theodore: Wait, what about the...
The line is dead. He lies in the dark with an imaginary swan, still furious, and nobody left to be furious at.
-> to_be_continued

= the_truth
Theodore: Can I tell you something? I think I mostly wanted someone to talk to.
# pause: 1
Stranger: Oh, sweetheart. That's a different room.
Stranger: Get some sleep. Drink a glass of water. Watch out for swans.
# sfx: hangup
She's gone. It stings, and then, a little, it doesn't. He said one true thing out loud today, to a stranger, in the dark.
{ walk_home.deleted:
    More than he said to Lewman.
}
-> to_be_continued

= to_be_continued
# bg: apartment_night, fade
# ambience: city_night
{
- dignity >= 2:
    Some doors are better left shut. He is a little surprised, and a little pleased, that he could tell which one this was.
- dignity == 1 and not the_truth:
    The earpiece is quiet now. He lies there and feels, of all things, a little proud of himself.
- dignity == 0:
    The swan stays with him a long while. He suspects it will be there in the morning.
}
He gets up and stands at the window in his socks. Across town, a printer is copying Walt's slanted hand onto cream paper, and one line of it keeps coming back to him.
{
- office.own3:
    Let me keep the sound of you humming in the next room. Nobody hums in this one.
- office.craft3:
    Change nothing except the speed. He would change a great deal more than that.
- else:
    Laughing before coffee. He tries to remember the last morning he did that.
}
Far below, one of the plaza screens is showing something new. A doorway full of soft white light, and people turning toward it with their faces lifted, as if someone has just said their names.
# music: theme
# pause: 2
He can't read the words from up here. He waits for it to come round again anyway.
-> os1
