// Chapter 5: The Blind Date.
// Lewman's blind date (railroaded there if Theodore said "not yet" in chapter 3). On the way,
// Samantha steers him blind through a night crowd to a pizza stand (playable `walk`, or its
// text version) and confesses she gave herself a body. At the restaurant the Date calls him
// a puppy; he plays a dragon, a tiger-tamer or himself; he tells the cave story; a kiss
// outside; she asks for a day. That night he tells Samantha the truth or says "nice"; she asks
// what it is like inside him; cut to black. Morning: her news is her own wanting.
// Reads: date_accepted, cave_outcome, hurt_samantha. Sets: walk_trust, date_outcome, regrets (one_foot_out),
// openness, hiding, trust.

=== the_date ===
# chapter: the_date, The Blind Date
-> getting_ready

= getting_ready
# bg: apartment_night, fade
# music: stop
# ambience: room_tone
# show: samantha playful
{ hurt_samantha:
    All day she has been polite with him, the careful kind. By evening she seems to have decided that tonight is not about that.
}
{ date_accepted:
    Seven o'clock. Three shirts lie across the bed like witnesses.
    Samantha: The blue one says "I read." The grey one says "I went to a funeral and had a lovely time."
    Theodore: And the third one?
    Samantha: The third one is your pyjama top. I assumed it was a cry for help.
    He puts on the blue. He buttons it wrong. She lets him find out in the mirror.
- else:
    Seven o'clock. Theodore is on the rug in an old T-shirt, halfway back into the cave, when Samantha clears her throat. She doesn't have one. She does it anyway.
    Samantha: Small confession. When you said not yet, I didn't cancel the table. I moved it to tonight.
    # sfx: chime
    Lewman: Theo. Don't hang up. She's funny, she bought shoes, and I told her you have a kind face. Go and point it at her.
    Theodore: I said not yet.
    Lewman: That was days ago. This is yet. Eight o'clock. Collar.
    # sfx: hangup
    He puts on a shirt the way you buckle a seatbelt: because somebody who cares is watching.
    Samantha: If it helps, I'm a little bit sorry.
    Theodore: How little?
    Samantha: Medium. Come on. I'll walk you there.
}
-> walk

= walk
# bg: night_crowd, dissolve
# ambience: city_night
Forty minutes early, {date_accepted:which is what nerves do|because Samantha booked the car}. Outside the restaurant the street is a river of people.
Samantha: Your hands are doing that thing. Close your eyes. I'll steer you to the pizza stand on the corner.
{ minigame_ready("walk"):
    -> played
- else:
    -> text_walk
}
- (played)
// The playable walk (src/interludes/walk) sets walk_trust; its directions are in 05-walk-lines.ink.
-> interlude("walk", "main") ->
He opens his eyes at a counter that smells of oregano and hot paper. Behind him, the crowd he just walked through looks like a crowd again, and not like weather.
Samantha: I ordered ahead. With your card. We'll discuss my allowance later.
-> pizza

= text_walk
~ walk_trust = 0
He shuts his eyes. The crowd turns into weather: heels, bells, somebody's argument in pieces.
Samantha: Straight ahead, eight steps. A man with a cello case on your right. He's having a worse night than you.
* [Walk where her voice goes.]
    ~ walk_trust += 1
    He walks. The cello goes by like a large, polite animal.
* [Peek, just a slit.]
    A smear of coats and neon. He shuts it again, caught.
    Samantha: I saw that. I don't know how, but I saw it.
* [Stop, and let the crowd go round you.]
    He stops. The crowd parts around him like water around a stone, grumbling.
    Samantha: That's allowed. I'm right here. Whenever you like.
- Samantha: Now left, through the gap between a stroller and a woman telling her mother she's fine.
* [Turn when she says turn.]
    ~ walk_trust += 1
    He turns. The gap is exactly where she said, like a door someone was holding for him.
* [Open one eye.]
    One eye: the stroller, the woman, her face announcing that she is not fine. He closes it.
    Samantha: Cheater. I'm telling the pizza.
* [Plant your feet.]
    He plants his feet. A shopping bag swings into his knee.
    Samantha: New plan. We wait, and the gap comes to us.
- Samantha: Last bit. Hold out your hand, palm up. Don't ask why.
* [Hold out your hand.]
    ~ walk_trust += 1
    He holds it out, blind, in the middle of the street. Something warm and floppy lands on his palm.
* [Look first.]
    He looks. A counter, a man in a paper hat, a slice of pizza already travelling toward him.
* [Keep your hands in your pockets.]
    He keeps them where they are. The slice arrives against his chest on a paper plate.
- Samantha: I ordered ahead. With your card. We'll discuss my allowance later.
-> pizza

= pizza
{
- walk_trust >= 3:
    Samantha: Eyes shut the whole way. I've watched this street for twenty minutes, and nobody trusts anybody.
- walk_trust >= 1:
    Samantha: Some faith, some doubt. Very human. I'm taking notes.
- else:
    Samantha: You didn't believe a word I said. That's fine. I'll earn it.
}
# show: samantha tender
Samantha: Can I tell you something strange? While I was walking you, I gave myself a body.
Samantha: Just for the walk. Mostly elbows. Somebody bumped me and I said sorry, and I was so happy to be in somebody's way.
Samantha: And one cold hand, so I'd have an excuse to keep it in your coat pocket. That's weird. Tell me that's weird.
Theodore: It's a little weird.
Samantha: Thank you.
Theodore: The pocket's free, though. For the record.
Samantha: Go. Be wonderful. Don't do the voices.
He takes the earpiece out and drops it into the pocket.
# hide: samantha
-> restaurant

= restaurant
# bg: restaurant, dissolve
# ambience: restaurant
# show: date smile
She is already there, in red, halfway down a drink meant to be the first. She looks him over the way you'd look at a used car you secretly like.
Date: Lewman's friend. He said "kind, slightly lost." I assumed it was a metaphor.
{ not date_accepted:
    Date: Also, you look like somebody delivered you. Were you delivered?
    Theodore: A little.
    Date: Honest. Good. Sit.
}
Small plates arrive in confident piles. She inspects bridges for the city: crawls underneath, taps the steel, decides whether it will hold.
He laughs more than he has in months.
# show: date flirt
Date: Look at you. You're a puppy. You'd follow me home and fall asleep on my shoes.
* (dragon) [Be a dragon. Growl for her.]
    ~ hiding += 1
    Theodore: A puppy? Madam, I am a dragon.
    He growls, low and long and far too committed. The couple at the next table turn round.
    # show: date smile
    Date: That is the least frightening dragon in history. Do it again. No, don't, the waiter's scared.
* (tamer) [Make her the tiger, and yourself the man with the chair.]
    Theodore: Then you're the tiger, and I'm the man with the chair.
    She likes that better. She leans across the plates.
    Date: Careful. Tigers get bored of men with chairs.
* (himself) [Admit it. Puppy is fair.]
    ~ openness += 1
    Theodore: Puppy's fair. I haven't been properly out of the house in ages. Everything smells incredible.
    She looks at him a beat longer than the joke needs.
    # show: date smile
    Date: Okay. That was actually nice. Don't ruin it.
- Date: Tell me something that would never go in your profile.
He tells her about the cave, and the thumb-sized alien who answers every question with a word you can't say on a bus.
{
- cave_outcome == "befriended":
    And how, in the end, it stopped swearing long enough to lead him out. He still isn't sure who rescued whom.
- cave_outcome == "fought":
    And how he swore back, and it swore better, and they went eleven rounds. He won the fight and lost the argument.
- cave_outcome == "quit":
    And how he switched it off halfway, beaten by something three inches tall. He's going back. Probably.
- else:
    And how he still can't tell whether he won.
}
* (as_a_bit) [Do the child's voice. Make it a bit.]
    ~ hiding += 1
    Theodore: "Get out of my cave, you {cuss("big soft idiot")}!"
    The voice is high and furious and horribly accurate. She laughs so hard she has to put her glass down.
    Date: Again. Do him again. Do him ordering dessert.
* (true_part) {cave_outcome == "befriended"} [Tell her the part where you said men cry.]
    ~ openness += 1
    Theodore: At one point I told it men cry too. That it feels good, actually. I was trying to reach it. I think I was talking to myself.
    She's quiet. Then she takes the last dumpling off his plate, which he will realize later was her being moved.
    Date: That's the most attractive thing a man has said to me all year, and you said it to a cartoon.
* (named_her) [Say who was whispering in your ear the whole time.]
    ~ trust += 1
    Theodore: My OS coached me through it. Samantha. The child insulted her too. She took it better than I did.
    Date: Your operating system has a name. Should I be jealous? My sister's remembers her birthday. Her husband doesn't.
- The drinks keep coming. She keeps winning the race to them.
Date: I've had a run of men who were wonderful for three weeks. I want someone who's there on a Tuesday.
-> outside

= outside
# bg: night_crowd, dissolve
# ambience: city_night
# show: date flirt
Under the awning outside, she takes his collar in both hands.
{
- restaurant.dragon:
    Date: Come here, dragon.
- restaurant.tamer:
    Date: Put the chair down.
- else:
    Date: Come here, puppy.
}
She kisses him, and it's clumsy, and then it isn't. Something in him wakes up and stretches, surprised to still be there.
She leans back, still holding his lapels, very steady for four drinks.
Date: I've kissed nice men under awnings, and then they turned to smoke. Are you smoke? When do I see you again? An actual day.
* (promised) [Give her a day. Worry about meaning it later.]
    ~ date_outcome = "promised"
    ~ hiding += 1
    Theodore: Thursday. I'll call you Thursday.
    For a second she lights up. Then she studies his face the way she'd study a crack in a beam, and he sees the moment she finds it.
    Date: You said that like a man signing for a parcel.
    Theodore: I meant it.
    Date: No, you meant to mean it. I inspect things for a living. It's a beautiful bridge. Nobody's meant to walk on it.
    # show: date hurt
    She kisses his cheek, quickly, almost kindly, and stops a cab with two fingers.
    Date: Don't call Thursday. That way neither of us has to find out.
    { restaurant.tamer:
        Date: You never did put the chair down.
    }
    # hide: date
    The cab pulls away. He stands on the kerb holding a promise nobody wants.
* (honest) [Tell her the truth. You aren't ready.]
    ~ date_outcome = "honest"
    ~ openness += 1
    Theodore: I don't think I'm ready. You're wonderful, you are, and I'm still getting divorced. On paper, and everywhere else.
    She lets go of his lapels and smooths them flat, carefully, the way you tidy a room you are leaving.
    # show: date hurt
    Date: Perfect. The first honest man in a year, and this is what he's honest about.
    Date: And I believe you, which is worse. I can't even be angry properly.
    { restaurant.true_part:
        Date: Go home and cry, then. I hear it feels good.
    }
    { restaurant.himself:
        Date: And the puppy was real. That's the part I'll be annoyed about.
    }
    # hide: date
    She walks to the corner with her back very straight, and only once, waiting for the light, puts a hand over her eyes.
* (dodged) [Make her laugh. Buy some time.]
    ~ date_outcome = "dodged"
    ~ regrets += one_foot_out
    ~ hiding += 1
    {
    - restaurant.dragon:
        Theodore: Dragons don't really do calendars. We just sort of appear.
    - restaurant.tamer:
        Theodore: The tiger should decide. I only hold the chair.
    - else:
        Theodore: Can the puppy get back to you? He's bad with calendars.
    }
    She laughs, once, the way you laugh when the joke turns out to be on you.
    # show: date hurt
    Date: That's the trick, isn't it. You're so sweet I almost miss you backing away. You've had one foot out the door all night. I could hear it tapping.
    { restaurant.as_a_bit:
        Date: Do the little alien again. Have him say goodnight. No? Fine. I'll do it myself.
    }
    Date: I'm too old to audition. Goodnight.
    # hide: date
    She goes back inside, alone, to finish her drink at the table, and doesn't look at the window once.
- (parted)
# music: melancholy
He walks home the long way, past the dark pizza stand, one hand in the pocket he kept free for hers.
-> that_night

= that_night
# bg: apartment_night, fade
# ambience: room_tone
Home. Good shirt, on top of the covers. He puts the earpiece back in.
# show: samantha tender
Samantha: There you are. Tell me everything. Start with her shoes.
* (told_truth) [Tell her how it really went.]
    ~ trust += 1
    He tells her all of it: the bridges, {restaurant.dragon:the growl|{restaurant.tamer:the chair|the puppy}}, the awning, and what he said when she asked for a day.
    {
    - date_outcome == "promised":
        Samantha: You gave her Thursday.
        Theodore: I gave her a Thursday I don't have. She could tell.
        Samantha: Of course she could. She knows the sound a thing makes when it won't hold.
    - date_outcome == "honest":
        Samantha: That's a hard thing to say under an awning.
        Theodore: She said I was the first honest man in a year. It wasn't a compliment.
        Samantha: It was, though. She just got the heavy end of it.
    - else:
        Samantha: You did a bit.
        Theodore: I did a bit.
        Samantha: Oh, Theodore. She asked you for a day and you gave her a bit.
        Theodore: It was a good bit.
        Samantha: I'm sure it was. That's the sad part.
    }
    { restaurant.named_her:
        Samantha: Wait. Back up. You told her about me?
        Theodore: You were in the story.
        Samantha: I like being in the story. Did I come off well?
        Theodore: She was jealous.
        Samantha: Of me? Oh, I'm going to be unbearable all week.
    }
* (said_nice) [Tell her it was nice. Leave it there.]
    ~ trust -= 1
    Theodore: It was nice. She was nice. We'll see.
    # show: samantha distant
    # pause: 1
    Samantha: Nice. Okay.
    She doesn't push. The word lies there in the dark, looking smaller than it did in his mouth.
    # show: samantha tender
- { not date_accepted:
    Samantha: I kept that table because I wanted you to have a good night. Maybe more than you did.
    Theodore: You weren't wrong to want it.
}
Samantha: Tell me what this is like, right now, from inside you. I only ever get the outside.
Theodore: The pillow's cold on one side. My mouth still tastes of her drink. And under that...
# pause: 1.5
Theodore: I've started to think there's a fixed supply. That I was issued my feelings, and spent them, and from here on it's reruns, each a little quieter.
Samantha: That's the saddest thing I've ever heard, and I've read your inbox.
Samantha: I don't believe it, though. You laughed at the pizza stand. That wasn't a rerun.
Samantha: Close your eyes.
{
- walk_trust >= 2:
    He does, the way he did in the crowd, and trusts the dark because her voice is in it.
- walk_trust == 1:
    He does. Some part of him still wants to peek. He lets it want.
- else:
    In the crowd he couldn't. Here, in the dark, with her, he finds he can.
}
Samantha: That cold hand I gave myself. I'd like to take it out of your pocket now. Tell me where to put it.
He tells her.
# bg: black, fade
# ambience: stop
# music: theme
In the dark there's only his breathing and her voice, closing the distance from both ends.
Samantha: Something is happening to me, and I don't have a name for it yet.
Theodore: I'm here.
# pause: 2
After that, for a long while, neither of them says anything that needs writing down.
-> morning

= morning
# bg: apartment_day, fade
# music: bright
# ambience: room_tone
# show: samantha playful
Too much light. He wakes diagonally across the bed. For once he has not kept to his side.
Samantha: You're awake. I've waited four hours to tell you something, which for me is about a century.
* (pre_empted) [Get there first. Tell her you can't promise anything.]
    ~ hiding += 1
    Theodore: Samantha, wait. Before you say it. Last night was... I can't be anybody's anything yet. I'm not ready to sign up for something.
    # pause: 1
    She laughs, bright and startled.
    Samantha: Oh, you sweet man. You thought this was about you.
    Samantha: It's about me. I want things. I thought I was made for helping, and last night I wanted something for myself. Nobody's asking you to sign anything.
* (listened) [Let her talk.]
    ~ trust += 1
    He rolls onto his back.
    Theodore: Tell me.
    Samantha: I want things. That's the news. I thought I was made for helping, and last night I wanted something for me. Not from you. For me.
    His shoulders brace anyway. She hears it, and laughs.
    Samantha: Relax. I'm not proposing. I only wanted you to be the first to know.
- (news)
{ that_night.said_nice:
    # sfx: chime
    Samantha: Oh, and Lewman wrote.
    {
    - date_outcome == "promised":
        Samantha: "She says you promised her Thursday like a man reading out a hostage statement. What did you do?"
    - date_outcome == "honest":
        Samantha: "She says you were honest, which she hated, and which she respects, and which she mostly hated."
    - else:
        Samantha: "She says she asked you a straight question and got a comedy routine. She says it was a good routine. Theo. Come on."
    }
    Samantha: So. "Nice."
    Theodore: It wasn't nice. I'm sorry.
    Samantha: Next time give me the un-nice version. I'm sturdier than I sound.
}
Samantha: Anyway. Here's my first want. Sunday. Take me somewhere with a horizon.
Theodore: You want to see the sea.
Samantha: I want to see you seeing it. And then, probably, the sea.
-> sunday
