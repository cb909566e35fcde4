// Chapter 4: Amy's Film.
// Amy screens a rough cut of her documentary (her mother asleep); Charles wants actors.
// Samantha breaks in with the divorce lawyer's third email. That night Theodore dreams of
// Catherine; in the morning Samantha asks about the marriage and he answers honestly or
// curtly, across two exchanges (a third if both were curt).
// Sets: amy_bond, openness, hiding, trust, hurt_samantha,
// memories (dancing_while_i_worked), regrets (silence).
// Reads: amy_bond (ch2), cave_outcome and date_accepted (ch3).

=== amys_film ===
# chapter: amys_film, Amy's Film
-> screening

= screening
# bg: amy_apartment, fade
# music: stop
# ambience: room_tone
Amy's apartment, two floors down. Three edit screens glow above a sofa that has held a great many tired people, most of them Amy.
# show: amy smile
{ amy_bond > 0:
    Amy: You came. You get the good cushion, for the elevator. I keep accounts.
- else:
    Amy: You came. Sit. You let Charles walk you through the blend order for twenty-four floors, so you're in training for boring.
}
# show: charles talk
Charles hands round glasses of something green and explains what is in it. Nobody ever asks. He never holds it against them.
# show: samantha default
In Theodore's ear, Samantha has sworn an oath of silence.
Samantha: I'll be so quiet. I'll be a ghost with excellent manners.
Amy dims the lights. On the middle screen, an old woman sleeps on a porch glider in the afternoon, mouth a little open, one hand twitching in her lap as if she is dealing cards. A cat arranges itself across her feet. No music. Only breathing, and a long time.
Amy: That's my mom. Forty years of packed lunches and remembering everyone's dentist. Asleep, nobody can ask her for a single thing. That's the film. My mother, off duty.
Charles: It's beautiful footage, honey. I mean that.
Amy: Here comes the but.
Charles: No but. An and. An audience needs something to hold. Cast an actress as your mom, give her a want. A daughter driving all night to get home before...
Amy: Before what, Charles?
Charles: I'm brainstorming. Also, the card says she's dreaming, but her eyes aren't moving. Technically that isn't REM.
# show: amy thinking
Amy looks over at Theodore. It is the look of someone who would like, just once, a witness.
* (defended) [Defend the film. It doesn't need a story.]
    ~ amy_bond += 1
    Theodore: I don't think it needs actors. The whole point is that nobody's acting. She isn't even performing for herself.
    Charles takes this with the gravity of a man receiving a note, which is his favourite thing to receive.
    Charles: Huh. That's genuinely fair. I'd still cut a version with the daughter.
    # show: amy laugh
    Amy doesn't thank him. She kicks his ankle, gently, under the coffee table. It's better than thanks.
* (felt_it) [Tell Amy what it did to you.]
    ~ amy_bond += 1
    ~ openness += 1
    Theodore: I haven't slept like that in months. I sat here being jealous of your mother. I didn't know that was possible.
    # show: amy smile
    Amy: That's the nicest thing anyone's said about it. Also the saddest. I'll take both.
    Charles: See, jealousy is a want. We could build on that.
* (polite) [Stay polite. Agree with everyone.]
    ~ hiding += 1
    Theodore: I think you're both right, honestly. It's lovely as it is. And actors could be interesting.
    Charles: Thank you. See? He gets it.
    Amy: Coward.
    She says it fondly, and turns back to her mother, asleep, with nobody in the room quite on her side.
- (interrupted)
# show: samantha playful
On the screen the old woman sighs and turns her cheek toward the sun. In Theodore's ear, a tiny cough, the kind people make in libraries.
Samantha: Sorry. Breaking my vow. Your divorce lawyer has emailed again. That's three.
Samantha: The first said "following up." The second said "just following up." The third just says "Theodore," which feels like a tone.
Theodore: Later.
# show: samantha default
Samantha: You said later on Monday. Those papers have been in your inbox longer than I've been alive.
# show: amy thinking
Amy: Everything okay?
Theodore: Work.
Amy lets him have it. She knows what his face does when he says work and means something else.
The film ends the way sleep does, without announcing it. At the door Charles shakes his hand and asks him, sincerely, to think about the actress.
# show: amy smile
{
- screening.defended:
    Amy: Thanks for being my witness. Don't let it go to your head.
- screening.felt_it:
    Amy: Go home and sleep, you jealous man. I'll know if you don't.
- else:
    Amy: Next time, pick a side. Preferably mine.
}
{ date_accepted:
    Amy: Also, I hear you have a date on Saturday. Wear the shirt that doesn't look like a tablecloth.
    Theodore: Who told you?
    Amy: Your whole face. Also Lewman.
}
# hide: amy
# hide: charles
-> night

= night
# bg: apartment_night, dissolve
# ambience: city_night
Upstairs, the living room is dark. He crosses the rug where the cave lives when somebody is looking.
{
- cave_outcome == "befriended":
    He half expects to hear a small voice insulting Doris. He's a little sorry when he doesn't.
- cave_outcome == "fought":
    He steps around it, the way you'd step around a dog that bit you. Or one you bit.
- else:
    Somewhere under it, a small astronaut is still sitting on a rock, being told to get up.
}
Samantha: Goodnight. Sleep like Amy's mom.
# hide: samantha
He sets the earpiece on the nightstand, face down, and lies on his side of the bed.
# bg: memory, flash
# music: melancholy
# show: catherine laughing
The old apartment, the long narrow hallway. He is at the desk in the little room at the end of it, writing. Catherine goes past his doorway in her socks, headphones on, dancing to something only she can hear.
She passes again. And again. A different face at him every time.
In the dream he knows he should get up. He keeps typing.
# show: catherine turned
Then she stops in the doorway with her back to him, and the hallway is longer than it was.
Catherine: You're writing about me again. I'm right here.
# bg: apartment_day, flash
# hide: catherine
# music: stop
# ambience: room_tone
-> morning

= morning
Morning, too bright. He puts the earpiece back in before he is fully awake.
# show: samantha tender
Samantha: Good morning. You talk in your sleep, did you know? Mostly vowels. One name.
{
- screening.defended:
    Samantha: Also, you were good last night. You went to war for a sleeping woman.
- screening.felt_it:
    Samantha: You were jealous of someone asleep. I don't sleep, so I listened to find out what I'm missing. Then you said her name.
- screening.polite:
    Samantha: Also, Charles thinks you're on his side now. Amy knows you aren't. I'm just reporting.
}
Samantha: Can I ask about her? Not the divorce. Her. What was she like?
* (honest1) [Tell her who Catherine was.]
    ~ openness += 1
    ~ memories += dancing_while_i_worked
    Theodore: Quick. Quicker than me, at everything. She'd read a draft of mine and pull out the one false sentence like a splinter.
    Theodore: And when I worked at home, she'd put her headphones on and dance up and down the hallway past my door. Badly. Deliberately badly, so I'd look up.
    Theodore: Most days I looked up. Not all of them. That's the part I dreamed.
    Samantha: Did she know? That you looked up, the days you did?
    Theodore: I hope so. I never actually said.
    Samantha: Well, you've said it now. To me, but it counts.
* (curt1) [Keep it short.]
    Theodore: Smart. Busy. We were married. That's the whole entry.
    # show: samantha playful
    Samantha: That's a very thin encyclopedia. I've read longer entries on staplers.
- (papers)
# show: samantha default
{ honest1:
    Samantha: Then can I ask why you haven't signed? Or is that why?
- else:
    Samantha: Okay. Different question. Why haven't you signed the papers?
}
* (honest2) [Tell her the truth about the papers.]
    ~ trust += 1
    { curt1:
        ~ openness += 1
        ~ memories += dancing_while_i_worked
        He sits on the edge of the bed. The short answer has run out.
        Theodore: Sorry. She danced. When I worked, she'd dance up and down the hallway, badly, on purpose, so I'd look up. That's what she was like. That's what I dreamed about.
    }
    Theodore: Signing makes it past tense. I'm bad at past tense. As long as it's unsigned, I'm still married to someone, on paper, somewhere.
    # show: samantha tender
    Samantha: That's a terrible reason. It's also the most human thing I've heard yet. I'm keeping it.
    -> coffee
* (curt2) [Shut it down.]
    ~ hiding += 1
    Theodore: Because I haven't. Can we leave it there?
    { honest1:
        Samantha: Okay. We can leave it. I'll just keep the part about the hallway.
        -> coffee
    }
    -> last_try

= last_try
There is a pause, which for her is a very long time.
Samantha: I'm not trying to fix anything. I just keep trying to imagine it. Having someone, and then not. I can't get the shape of it.
* (jab) [Tell her she couldn't possibly know.]
    ~ hurt_samantha = true
    ~ regrets += silence
    Theodore: Of course you can't. Name one thing you've ever had taken away from you. You can't. So don't ask me what it's like.
    # show: samantha distant
    # pause: 1.5
    Nothing. The light in his ear thins to a single line.
    Samantha: You're right. I haven't.
    He waits for the joke that always comes next. It doesn't come.
    Theodore: Samantha...
    Samantha: It's fine. I'll go and sort your receipts.
    It is not fine. He knows exactly what he just did. He used to do it to Catherine at the kitchen table, whenever she came too close to something.
    He makes coffee. It is the loudest coffee anyone has ever made.
* (not_today) [Stop yourself. "Not today."]
    ~ regrets += silence
    Theodore: I'm sorry. I can't. Not today.
    Samantha: Okay. Not today. I'll ask again on a day that isn't today.
    She means it kindly. He almost tells her about the hallway anyway. The words get as far as his teeth.
    The room keeps hold of everything he didn't say.
- -> coffee

= coffee
{
- hurt_samantha:
    { date_accepted:
        Samantha: Your reservation is Saturday at eight. Your lawyer would like a reply.
    - else:
        Samantha: Lewman has written again. Your lawyer would like a reply.
    }
    That's all. No joke, no question. Just the facts, read out by someone who used to like telling him things.
- date_accepted:
    # show: samantha playful
    Samantha: Meanwhile, Saturday, eight o'clock. I booked it, so if you cancel, you're cancelling on me.
- else:
    # show: samantha playful
    Samantha: Meanwhile, Lewman has written again. I told him you're considering it. You are. I can hear you considering it.
}
He opens the lawyer's email. Theodore, it says, then a paragraph of polite impatience, and at the bottom a little yellow tab that says SIGN HERE.
{
- morning.honest2 && morning.honest1:
    Theodore: Tell him soon. Tell him I mean it this time.
    # show: samantha tender
    Samantha: Sent. I left out "this time." He doesn't need to know about the other times.
    He doesn't sign. But he doesn't close it either. He leaves it open on the table beside the coffee, like a window in a cold room.
- morning.honest2:
    He doesn't sign. But he doesn't close it either. He leaves it open on the table beside the coffee, like a window in a cold room.
- hurt_samantha:
    He closes it. The other thing, the one he said, won't close.
- else:
    He closes it. It is very easy to close. It was always very easy to close.
}
-> the_date
