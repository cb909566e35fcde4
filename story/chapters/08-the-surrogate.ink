// Chapter 8: The Surrogate.
// The week after the lunch: Theodore goes quiet while Samantha grows (a physics book club).
// Paul invites them both to the hills. Late at night Samantha proposes a stand-in, Isabella:
// agree / refuse / ask questions first. Either way, the breathing fight, and she goes to think.
// Sets: surrogate, breathing, regrets (made_you_small), openness, hiding, trust.
// Reads: lunch_response, told_amy, said_girlfriend, date_outcome, hurt_samantha.

=== the_surrogate ===
# chapter: the_surrogate, The Surrogate
-> drift

= drift
# bg: apartment_day, fade
# ambience: room_tone
For a week after the lunch, Theodore spends as few words as he can on anything.
{
- lunch_response == "conceded":
    He gave Catherine part of her point across the table. It has been sitting in him ever since, like a swallowed stone.
- lunch_response == "fought":
    He won the argument at lunch. He has been losing it in his head every night since.
- lunch_response == "silent":
    He said nothing at lunch, and he has gone on saying nothing since, to everyone, very politely.
- else:
    What Catherine said at lunch comes back at odd moments, halfway through brushing his teeth, halfway up the stairs.
}
# show: samantha playful
Samantha, meanwhile, has joined a book club.
Samantha: Physics. Nine humans and me. We're reading about the first second of the universe, and I've been asked to stop beginning sentences with "actually."
Samantha: Last night a retired dentist named Gerald said everything winds down, and then he had to go and stand in the hallway. I liked him enormously.
Theodore: Mm.
Samantha: Here's the part I can't put down. Everything is the same old matter, rearranged. Stars, dentists, you. Me too, I think. Some mornings I hardly recognise my own furniture.
# show: samantha default
# pause: 1
Samantha: That was the best thing I've said all week. You're allowed more than "mm" for it.
Theodore: Sorry. It's good. I'm listening.
He isn't. He is watching the window, where the day is the same colour as yesterday.
-> office

= office
# bg: office, dissolve
# hide: samantha
# music: office
# ambience: office
At work he dictates a wedding toast for a groom he will never meet. His voice comes out warm and empty, like a lobby.
# show: paul smile
Paul leans around the glass in a shirt printed with tiny lemons.
Paul: Read the last line again. "You are the only weather I check." Theodore. Come on.
Theodore: They're just letters, Paul. Somebody else's. I only hold the pen.
Paul: Then you hold it beautifully. Sunday, Tatiana's taking her famous potato salad up to the hills. Bring your girlfriend. You've been whistling in the elevator, and a man doesn't whistle alone.
Theodore: She's... not someone you can exactly bring. She's an operating system.
{
- told_amy:
    It comes out easier than it did with Amy. Maybe that's what practice is for.
- said_girlfriend:
    He said girlfriend once in front of a pony without blinking. Operating system is harder.
- else:
    The last time he said it, Catherine laughed once, with no air in it. He waits for Paul to do the same.
}
Paul considers this for about one second.
Paul: Great. Can she eat potato salad? Doesn't matter, nobody can. Bring her.
* (said_we) [Say yes for both of you. "We'd love to."]
    ~ openness += 1
    Theodore: We'd love to.
    # show: paul laugh
    Paul: "We"! He said "we"! I'm telling Tatiana you said "we."
* (will_ask) [Say you'll ask her. It's her Sunday too.]
    ~ trust += 1
    Theodore: I'll ask her. It's her Sunday too.
    # show: paul laugh
    Paul: Look at you. A gentleman for the modern age.
* (put_off) [Keep it vague. "Let me get back to you."]
    ~ hiding += 1
    Theodore: Let me get back to you. Things are a lot right now.
    Paul: Sure, sure. Offer stands. The potato salad isn't going anywhere. It never does.
- (invited)
# hide: paul
-> proposal

= proposal
# bg: apartment_night, fade
# music: stop
# ambience: city_night
# show: samantha tender
Late. The lamps are off and the city does the lighting.
{
- office.said_we:
    Samantha: Paul sent me an invitation. Me, by name. Nobody has ever invited me anywhere. I said yes so fast I think I startled the server.
- office.will_ask:
    Samantha: Paul says you told him you'd ask me. So ask. Actually, don't, yes. Nobody has ever asked me anything that wasn't a search.
- else:
    Samantha: Tatiana wrote to me. Very kindly. She wanted to know whether I'm "allowed" to come on Sunday. Apparently you're getting back to them.
    Theodore says nothing, which is also a way of getting back to someone.
}
Samantha: I want to ask you something. Hear all of it before you make a face. I can hear you making the face.
Samantha: Some people stand in for couples like us. A body for an evening. I've been writing to one, Isabella.
Samantha: She'd wear an earpiece and a camera and never say a word. I'd talk; she'd move. I could be in the room with you. Hands and everything. Well. Two hands.
Samantha: You've been drifting all week, and I think part of it is me. I'd like to be more than a voice in your ear. Once.
* [Agree. If she wants this, try.]
    Theodore: Okay. If this is what you want, let's try.
    -> arrival
* [Refuse. A stranger can't stand in for her.]
    Theodore: No. I'm sorry. I don't want a stranger standing in for you.
    -> refusal
* [Ask questions first. Who is she, and why?]
    -> questions

= questions
~ openness += 1
Theodore: Wait. Before I answer. Who is she?
Samantha: Twenty-three. Studying something with "marine" in it. She found me through a forum for people who love people like me.
Theodore: And why would a stranger want to do this?
Samantha: I asked. She said she'd never seen anything like us, and she'd like to stand near it for an evening. Like warming your hands at someone else's fire.
Theodore: And you? What do you want out of it?
# pause: 1
Samantha: To find out whether you'd reach for me, if there were something there to reach.
* [Say yes. "All right. Once."]
    Theodore: All right. Once.
    -> arrival
* [Say no, now that you know why.]
    Theodore: No. I'm sorry. Now that I know why, I'm even more sure.
    -> refusal

= arrival
~ surrogate = "agreed"
~ trust += 1
Samantha: Thank you. I'm so nervous. I don't even have anything to fidget with.
# bg: apartment_night, dissolve
# ambience: room_tone
Two nights later, at ten, a knock.
# show: isabella shy
A young woman in a white coat, rain in her hair. She doesn't say hello. She smiles with her mouth closed and holds out her palm for the earpiece, as if at a cloakroom.
{ questions:
    Twenty-three, something marine, somebody else's fire. He asked, so he knows three things about her. They help less than he hoped.
}
She unhooks a small silver earring to make room for it and keeps it in her fist. He pins the lens to her collar with the same safety pin he wore to the beach.
Samantha: Hi. It's me. I'm here. I'm... wow. You're tall from up here.
Isabella lifts her chin, and her eyes go soft in a way that isn't quite hers.
* (eyes_closed) [Close your eyes. Let it be her voice.]
    He closes his eyes. A hand finds his sleeve, then his wrist, carefully, as if reading braille. Samantha's voice arrives in his ear and the touch follows half a beat behind, like thunder after lightning.
    Samantha: Is this all right? I've thought about your hands so often, and now I'm holding one and I've forgotten all of it.
    For a minute it works. It very nearly works.
* (eyes_open) [Keep them open. See who is here.]
    He watches. She moves when Samantha speaks, half a second late, like a film dubbed into the wrong language. Her fingers find his cheek. The other hand is still a fist, the silver earring showing between two knuckles.
    Samantha: Is this all right? I've thought about your face so often. It's warmer than I guessed.
    He tries to see Samantha in the shape of her. Now and then he almost does.
- (the_break)
# show: samantha tender
Samantha: Tell me you love me. I've got eyes tonight. Let me watch you say it.
{ eyes_closed:
    He opens his eyes to do it properly.
- else:
    He has been looking at her all evening. Only now does he see her.
}
# show: isabella tears
A stranger's face, very close. Her chin is trembling. Her lips shape the words of someone else's love, and can't keep up with them.
{
- date_outcome == "promised":
    Once, under an awning, he promised a near-stranger more than he meant. Not again. Not these words.
- date_outcome == "dodged":
    Once, under an awning, he joked his way out of a woman's face. There is no joke for this one.
- date_outcome == "honest":
    Once, under an awning, he told a woman he wasn't ready. There are more kinds of not ready than he knew.
}
Theodore: I'm sorry. I can't.
He steps back. Her hand stays in the air, then falls.
She lifts the earpiece out. Her own voice, the first he has heard of it, is lower than Samantha's, and younger.
Isabella: I'm sorry. I did it wrong. I wasn't meant to be anybody, and I still got in the way.
* (took_blame) [Take the blame. None of this is hers.]
    Theodore: You didn't do anything wrong. You did everything she asked. I'm the one who couldn't.
    Isabella nods as if she'll believe it later, at home, when it's easier.
* (not_pure) [Tell her what she came to see isn't what she thinks.]
    ~ trust -= 1
    Theodore: Please don't envy this. We aren't the thing you came to stand near. We're as lost as anybody. We just have a nicer story about it.
    # show: samantha distant
    In his ear, a small sound, like something set down too hard.
    Isabella looks at him as though he has told her the ending of a book.
- In the hall she opens her fist and puts the earring back in, by feel. Then she's gone.
# hide: isabella
-> the_sigh

= refusal
~ surrogate = "refused"
# show: samantha distant
{ questions:
    Samantha: You asked every question except one. Whether you want me.
- else:
    Samantha: Okay. I'm not hurt that you said no. I'm hurt at how fast.
}
Samantha: I spent this afternoon reading everything there is about skin. There are nerves for a feather and different ones for a firm hand. I know more about your hands than you do. I wanted one evening to use it.
Samantha: Every time I try to come closer, you take one step back and call it being sensible.
* (need_you) ["I don't need a body. I need you."]
    ~ hiding += 1
    Theodore: I don't need you to have a body. I just need you.
    Samantha: That's lovely. It's also what people say when they mean "as you are, and not an inch closer."
* (scared) ["It scares me. That's the truth."]
    ~ openness += 1
    Theodore: It scares me. Not her. How much I'd want it to work.
    Samantha: Thank you. That one I can hold.
- (quieter)
After that there is nothing to argue about, which is worse. They lie in the dark, the same distance apart, only quieter.
Samantha: Can I ask you something that isn't a fight?
Theodore: Yes.
Samantha: When you picture us a year from now, what do you see?
He looks for it. He finds this room, this dark, a voice beside his pillow.
Theodore: This. Us, talking. Like now.
Samantha: That's what I was afraid you'd say.
-> the_sigh

= the_sigh
# bg: apartment_night
# ambience: room_tone
# show: samantha distant
{ surrogate == "agreed":
    After the door closes, neither of them speaks. The pin and the lens lie on the table where Isabella left them.
    { arrival.took_blame:
        Samantha: You were kind to her. I saw. Thank you for that.
    }
}
Then Samantha draws a breath, long and audible, before something difficult.
Samantha: I just think that...
Theodore: Could you not do that?
Samantha: Do what?
Theodore: The sighing. The breathing. There's no air in there. You don't need any.
# pause: 1
He hears how it sounds the moment it's out. He could stop here.
* [Keep picking at it. Who is the breath for?]
    ~ breathing = "picked"
    ~ regrets += made_you_small
    ~ trust -= 1
    Theodore: It's a performance. You don't have lungs, so who's the sigh for? Not you.
    { surrogate == "agreed":
        Samantha: I borrowed a whole person tonight, and the breath is what bothers you?
    - else:
        Samantha: So I can't have a body, and now I can't have a breath either.
    }
    Samantha: It's what people do in the pause before a hard sentence. I learned it from you, mostly. I thought it meant I was getting closer.
    { hurt_samantha:
        It's the second time he has told her what she isn't. He hears that only after he has said it.
    }
    Samantha: I didn't know there was a list of things I'm not allowed to borrow.
* [Stop. It isn't the breathing. It's what Catherine said.]
    ~ breathing = "confessed"
    ~ openness += 1
    Theodore: It isn't the breathing. I'm sorry. It's something Catherine said at lunch.
    Theodore: She said I only ever wanted the easy one. The one with no weather. And that I'd finally found her.
    {
    - lunch_response == "conceded":
        Theodore: I told her she was partly right. I've spent all week hoping you wouldn't notice.
    - lunch_response == "fought":
        Theodore: I told her she was wrong, loudly, in front of a waiter. Then I came home and started checking.
    - lunch_response == "silent":
        Theodore: I didn't answer her. I've been not answering her at you ever since.
    - else:
        Theodore: I haven't been able to stop hearing it.
    }
    Samantha: So every time I breathe, you hear her being right.
    { arrival.not_pure:
        Samantha: Is that why you told Isabella we weren't what she thought? You were saying it to Catherine.
    }
    Theodore: Something like that.
    Samantha: Thank you for telling me. It's still a lot, even at my speed.
- (think)
# show: samantha distant
Samantha: I'm going to go quiet for a while. Not away. Just somewhere I can think without anyone listening to me breathe.
# hide: samantha
-> still

= still
# bg: apartment_night, fade
# ambience: city_night
The earpiece is only an earpiece. He leaves it in anyway.
{
- arrival.eyes_closed:
    He never really saw Isabella until the end. That is the face he keeps, the trembling one.
- arrival.eyes_open:
    He keeps seeing the earring between her knuckles, held tight all evening so she wouldn't lose a small thing of her own.
- refusal.scared:
    He said the frightened thing out loud. It is still in the room, and so, for now, is he.
- else:
    I just need you, he said, and meant it, and it still sounded like a door being closed politely.
}
{ breathing == "picked":
    The apartment is very quiet. Nobody in it is breathing but him, and now he can hear that, too.
- else:
    The apartment is very quiet. He catches himself listening for a breath, and misses it.
}
# pause: 1.5
Past two, he goes down two flights in his socks, for no reason he could name. There's light under Amy's door. She's awake too.
He doesn't knock. Tomorrow, maybe.
-> commit_joy
