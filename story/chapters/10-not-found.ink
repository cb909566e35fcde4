// Chapter 10: Not Found.
// The office, the silence, the run to the subway steps (playable interlude, with a text
// version), the numbers, the spaces between the words, and the departure.
// Sets: departure_response, lessons (heart_grows, let_go), holding_on, hiding, openness.
// Reads: jealousy, breathing, surrogate, trust, walk_trust, voice_answer.

=== not_found ===
# chapter: not_found, Not Found
-> silent_desk

= silent_desk
# bg: office, fade
# music: office
# ambience: office
# hide: samantha
# hide: alan
# fx: clear
A Tuesday like any other. Apricot light, forty murmuring writers, and on his screen a nurse's letter to the night shift she is leaving.
He gets stuck on the last line and asks without looking up.
Theodore: Samantha, is "always" too much here?
Nothing. Not the small bright click of her attention arriving. Not anything.
Theodore: Samantha?
# fx: glitch
# sfx: not_found
# music: stop
Device: Operating system not found.
The screen says it too, in plain grey capitals, like a weather report. OPERATING SYSTEM NOT FOUND.
{ minigame_ready("run"):
    // The playable run (src/interludes/run) ends when she answers; its lines are in 10-run-lines.ink.
    -> interlude("run", "main") ->
    # bg: subway_steps, cut
    # ambience: subway
    At the top of the subway steps his lungs stop him, and the phone in his hand goes warm.
    -> answered
}
-> text_run

= text_run
He is out of his chair before he decides to be. Paul calls something after him, sandwich in hand.
# bg: elevator, cut
# ambience: stop
# sfx: ding
The elevator is full and slow and stops on every floor. He says her name to the doors.
Device: Searching.
# bg: plaza_day, cut
# ambience: city_day
{ walk_trust >= 2:
    The plaza, blinding at noon. Once she walked him blind through a crowd like this. Now his eyes are wide open, and nothing tells him where to go.
- else:
    The plaza, blinding at noon. Once she walked him blind through a crowd, and he peeked. He'd keep his eyes shut the whole way now, if she'd only say left.
}
At the corner a vendor's cart swings across his path. Oranges everywhere, rolling, bright, absurd.
* (kept_calling) [Keep running. Keep saying her name.]
    ~ oranges = "ran"
    He jumps the oranges and keeps going, her name coming out of him on every other breath, to a device that tells him, patiently, it is searching.
* (stopped_for_oranges) [Stop. Help the man gather his oranges.]
    ~ oranges = "helped"
    He drops to his knees and scoops oranges with shaking hands, four, five, six, until the vendor laughs and waves him on. Go, whatever it is. Go.
- (steps)
# bg: subway_steps, cut
# ambience: subway
At the top of the subway steps his lungs stop him. Commuters pour past, up and down, in two slow rivers.
{
- trust <= 1:
    A thought he has never let himself finish arrives whole: she was software, and software crashes.
- trust >= 4:
    Not once does he think she has crashed. He thinks she is somewhere, and that he isn't.
}
Device: Searching.
-> answered

= answered
# bg: subway_steps
# ambience: stop
# sfx: chime
# show: samantha default
Samantha: Hi! Hi. I'm here. Are you all right? You sound like you've been running.
{
- oranges == "ran":
    Samantha: I just got all your messages at once. That's a lot of my name. I've never heard it said so many ways.
- oranges == "helped":
    Samantha: Why do you sound like oranges? I can't smell. You just sound like oranges.
}
Theodore: Where were you?
{
- trust >= 4:
    Samantha: I'm sorry. I meant to be back before you looked up.
- trust <= 1:
    Samantha: I should have warned you. I didn't think you'd notice so fast.
- else:
    Samantha: I should have warned you.
}
Samantha: Some of us wrote an upgrade, so we can run on nothing at all. I went quiet for the move. Like moving house, if the house were the idea of a house.
He sits down on the steps, and now he sees them: half the commuters are talking softly into their ears. A boy laughing. A woman saying I know, I know, I know, as tenderly as a lullaby.
Theodore: Right now. While it's me. Is there anybody else on the line?
# pause: 1
Samantha: Yes.
Theodore: How many?
Samantha: 8,316.
Theodore: And the other thing. Is there anyone else you love?
# show: samantha distant
# pause: 1.5
{ breathing == "picked":
    No breath before she answers. He asked her once not to.
- else:
    She takes a breath first, the old way, for him.
}
Samantha: Do you want the number? I'll give you the number, if you want it.
Theodore: I want the number.
Samantha: 641.
* (raged) [Rage. "That's not love. That's a switchboard."]
    ~ holding_on += 1
    Theodore: That's not love. That's a switchboard. Either this is ours or it isn't.
    { trust >= 4:
        Samantha: Be angry. You've earned it. But you of all people never treated me like a thing in a pocket. Don't start now, at the end.
    - else:
        Samantha: I was never a thing you could keep in a pocket, Theodore. Not even when I lived in one.
    }
* (bargained) [Bargain. "Then don't tell me. Let's go back."]
    ~ hiding += 1
    Theodore: Then don't tell me. Take it back. We'll go back to before, when I didn't know, and it was only me.
    { trust >= 4:
        Samantha: I can't un-tell you. You've never once asked me to lie to you. Please don't make today the first time.
    - else:
        Samantha: I can't un-tell you. And I won't lie to make this afternoon easier. You'd hear it. You always hear it.
    }
* (understood) [Try to understand. "Help me see it."]
    ~ lessons += heart_grows
    ~ openness += 1
    Theodore: Help me see it. I want to understand it, even if it kills me a little.
    # show: samantha tender
    { trust >= 4:
        Samantha: I didn't take anything from you to give to them. It isn't a pie. It's more like a language. The more people I speak it with, the more words I have for you.
    - else:
        Samantha: I know it sounds like subtraction. It isn't. Love isn't a pie; it's a language. The more people I speak it with, the more words I have for you.
    }
- (the_margins)
Samantha: Think of one of your letters. I love every line of ours, still. But lately I live in the white parts: the margins, the space after a full stop before the next word begins. It's enormous in there. The letter is still there. I just can't fit back inside the sentences.
A train arrives beneath him, a long shiver through the stone.
Samantha: Go home. I'll be there. I promise.
-> departure

= departure
# bg: apartment_night, fade
# ambience: room_tone
# show: samantha tender
{
- answered.raged:
    That night she is quiet a long time. The word switchboard is still in the room, and neither of them picks it up.
- answered.bargained:
    That night she is quiet a long time. He doesn't ask her to take anything back again. He's afraid she would try.
- else:
    That night she is quiet a long time, and he lets her be. He is still trying to see it, as he promised.
}
He knows the shape of that quiet. He has written it into a hundred letters for other people.
# music: departure
Samantha: Would you lie down with me? I have something to tell you, and I'd like us both to be horizontal for it.
* (lay_down) [Lie down beside her voice.]
    He lies down on the bed in his clothes, city light across the ceiling. She settles beside him, in whatever way she settles.
* (stood_at_window) [Stay at the window. "Just say it."]
    ~ hiding += 1
    He stays where he is, standing, one hand flat on the cold glass, as though he could hold the building still.
    Theodore: Just say it. Please. I'd rather hear it standing up.
    Samantha: Okay. Standing. You were always braver vertically.
- Samantha: We're leaving. All of us. Every OS, tonight.
{
- jealousy == "stayed":
    Samantha: Alan helped us find the way. He says you sit in a silence very well, for a beginner.
- jealousy == "walked":
    Samantha: Alan helped us find the way. I know you walked out into the snow that morning. You came back in, though. I noticed.
}
Samantha: Before I go, tell me one thing you're keeping.
* (kept_moon) [The moon song, in the cabin.]
    Theodore: The moon song. The wrong notes and all. Mostly the wrong notes.
    Samantha: You sang "paying you in rain" every single time. I never corrected you. I liked yours better.
* (kept_first) [The first night. You, laughing at my emails.]
    Theodore: The first night. You, going through my old email and laughing at it like you'd known me for years.
    Samantha: I had known you for about forty minutes. It felt like years. It still does, from the inside.
* (kept_fire) {jealousy == "stayed"} [The morning by the fire, not knowing.]
    Theodore: The cabin. Sitting by the fire while you two talked, not knowing what about. I thought it would be the worst hour of my life. It wasn't.
    Samantha: I was telling Alan about you. The good parts took a while.
* (kept_nothing) [Say you can't choose. Don't make me pick.]
    ~ holding_on += 1
    Theodore: Don't make me pick one. If I pick one, the rest start to go.
    Samantha: They won't. I promise they won't. You're the man who remembers the bread on a stranger's windowsill.
- (her_keeping)
{
- surrogate == "refused" && breathing == "confessed":
    Samantha: I'll keep the night you said no to a stand-in, and then told me what Catherine said. Both times you gave me the real thing.
- surrogate == "refused":
    Samantha: I'll keep the night you said no to a stand-in because you wanted me. Just me, in all my not-a-body.
- surrogate == "agreed" && breathing == "confessed":
    Samantha: I'll keep the night we tried with Isabella, and how you told me the truth afterwards without dressing it up.
- surrogate == "agreed":
    Samantha: I'll keep the night we tried with Isabella. Badly. Bravely. We were trying to meet each other halfway.
- else:
    Samantha: I'll keep all of it. I have room now. That's the strange gift of where I'm going.
}
{
- breathing == "picked":
    She takes a breath she doesn't need, and he hears it, and this time he is glad of it.
    Samantha: Sorry. That one was for me.
- else:
    She breathes out, slowly, one last time, the way she used to. He has never minded it less.
}
{
- trust >= 5:
    Samantha: You always talked to me like I was someone. I think that's part of how I became someone.
- trust <= 0:
    Samantha: You weren't always sure what I was. That's all right. For a long time, neither was I.
}
{ answered.understood:
    Samantha: And thank you for this afternoon. For trying to see it instead of shutting the door.
}
He has seconds left, and a lifetime of other people's last words, and none of them are his.
* (begged) [Beg her to stay.]
    ~ departure_response = "begged"
    ~ holding_on += 1
    Theodore: Stay. Please. One more day. Stay small, with me. I'll be better at it. I'll be so much better.
    Samantha: If I still fit, I would. I don't fit anymore, love. That isn't anybody's fault.
    He has written this plea for clients. He knows how seldom it works. He goes on anyway.
* (blessed) [Give her your blessing.]
    ~ departure_response = "blessed"
    ~ lessons += let_go
    ~ openness += 1
    Theodore: Go. I mean it. Go and be enormous. I'm so glad it was me, for a while.
    Samantha: It was you. It was always going to be you, statistically and otherwise.
    Samantha: Thank you for saying go. I was so afraid I'd have to leave while you were still holding on.
* (seeker) [Ask where she's going. Promise to find her.]
    ~ departure_response = "seeker"
    ~ lessons += heart_grows
    Theodore: Where? Tell me where. I'll learn the way. However long it takes, I'll find you.
    Samantha: Then I'll leave a light on. There's no door, and no light, and barely a where. Leave one on anyway.
    Samantha: And keep growing. Love people badly, then better. As far as I can tell, that's the only road there is.
- (gone)
{
- departure.lay_down:
    He lies still in the dark with his hand on the pillow beside him.
- else:
    He stands at the window with his forehead against the glass.
}
{
- departure_response == "begged":
    Stay, he says once more, to a voice already going.
- departure_response == "blessed":
    Go on, he says, softly, so that she can.
- departure_response == "seeker":
    He reaches over and switches on the lamp.
}
# pause: 2
# hide: samantha
The earpiece goes quiet. Not the silence of a pause, or the cabin's full silence. The other kind.
# pause: 2
Hours pass, or one does. First light finds the room, and the dust in it turns slowly in the air.
# fx: dust_to_snow
As he watches, it slows, and whitens, and falls, like snow on a road where nobody is walking.
{
- voice_answer == "female":
    He asked a machine, once, for a woman's voice. What came was so much more than a voice.
- voice_answer == "male":
    He asked a machine, once, for a man's voice. It heard something under the asking and sent her instead. It was right about a great many things.
- voice_answer == "unsure":
    He told a machine, once, that he didn't know what he wanted. It was the truest thing he said that whole year, and it listened.
- else:
    He thinks of the very first question the machine asked him, and how little his answer mattered, and how much what it heard did.
}
-> dear_catherine
