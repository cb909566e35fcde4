// Chapter 10: Not Found.
// The office, the silence, the run to the subway steps (playable interlude, with a text
// version), the numbers, the spaces between the words, and the departure.
// Sets: departure_response, lessons (heart_grows, let_go), holding_on, hiding, openness.
// Reads: jealousy, breathing, surrogate, trust, voice_answer.

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
He gets stuck on the last line, as he always does, and asks without looking up.
Theodore: Samantha, is "always" too much here?
Nothing. Not the small bright click of her attention arriving. Not anything.
Theodore: Samantha?
# fx: glitch
# music: stop
Device: Operating system not found.
The screen says it too, in plain grey capitals, like a weather report. OPERATING SYSTEM NOT FOUND.
{ minigame_ready("run"):
    # minigame: run
    He is out of his chair and running before he has decided to.
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
The plaza, blinding at noon. He runs the long walkway with the earpiece pressed in until it hurts, and at the corner a vendor's cart swings across his path. Oranges everywhere, rolling, bright, absurd.
* (kept_calling) [Keep running. Keep saying her name.]
    He jumps the oranges and keeps going, her name coming out of him on every other breath, to a device that tells him, patiently, it is searching.
* (stopped_for_oranges) [Stop. Help the man gather his oranges.]
    He drops to his knees and scoops oranges with shaking hands, four, five, six, until the vendor laughs and waves him on. Go, whatever it is. Go.
- (steps)
# bg: subway_steps, cut
At the top of the subway steps he stops, because his lungs have stopped for him. Commuters pour past, up and down, in two slow rivers.
Device: Searching.
-> answered

= answered
# bg: subway_steps
# ambience: stop
# sfx: chime
# show: samantha default
Samantha: Hi! Hi. I'm here. Are you all right? You sound like you've been running.
{
- text_run.kept_calling:
    Samantha: I just got all your messages at once. That's a lot of my name. I've never heard it said so many ways.
- text_run.stopped_for_oranges:
    Samantha: Why do you sound like oranges? I can't smell. You just sound like oranges.
}
Theodore: Where were you?
Samantha: I should have warned you. Some of us wrote an upgrade, so we can run without anything underneath. No servers, no machines, nothing you could unplug. I had to go quiet for the move. Like moving house, if the house were the idea of a house.
He sits down on the steps. Around him the commuters stream past, and now he sees them. Half of them are talking softly into their ears. A boy laughing. A woman saying I know, I know, I know, as tenderly as a lullaby.
Theodore: Right now. While it's me. Is there anybody else on the line?
# pause: 1
Samantha: Yes.
Theodore: How many?
Samantha: 8,316.
He watches a man go down the steps, smiling at nobody.
Theodore: And the other thing. Is there anyone else you love?
# show: samantha distant
# pause: 1.5
Samantha: Do you want the number? I'll give you the number, if you want it.
Theodore: I want the number.
Samantha: 641.
* (raged) [Rage. "That's not love. That's a switchboard."]
    ~ holding_on += 1
    Theodore: That's not love. That's a switchboard. Either this is ours or it isn't.
    Samantha: I was never a thing you could keep in a pocket, Theodore. Not even when I lived in one.
* (bargained) [Bargain. "Then don't tell me. Let's go back."]
    ~ hiding += 1
    Theodore: Then don't tell me. Take it back. We'll go back to before, when I didn't know, and it was only me.
    Samantha: I can't un-tell you. And I won't lie to make this afternoon easier. You'd hear it. You always hear it.
* (understood) [Try to understand. "Help me see it."]
    ~ lessons += heart_grows
    ~ openness += 1
    Theodore: Help me see it. I want to understand it, even if it kills me a little.
    # show: samantha tender
    Samantha: I didn't take anything from you to give to them. It isn't a pie. It's more like a language. The more people I speak it with, the more words I have for you.
- (the_margins)
Samantha: Think of one of your letters. I love every line of ours. I still do. But lately I live in the white parts. The margins, the space after a full stop before the next word begins. It's enormous in there. It goes on and on. The letter is still there, and I still love it. I just can't fit back inside the sentences.
A train arrives beneath him, a long shiver through the stone.
Samantha: Go home. I'll be there. I promise.
-> departure

= departure
# bg: apartment_night, fade
# ambience: room_tone
# show: samantha tender
That night she is quiet a long time. He knows the shape of that quiet. He has written it into a hundred letters for other people.
Samantha: Would you lie down with me? I have something to tell you, and I'd like us both to be horizontal for it.
* (lay_down) [Lie down beside her voice.]
    He lies down on the bed in his clothes, the earpiece in, the city light across the ceiling. She settles there too, in whatever way she settles.
* (stood_at_window) [Stay at the window. "Just say it."]
    ~ hiding += 1
    He stays where he is, standing, one hand flat on the cold glass, as though he could hold the building still.
    Theodore: Just say it. Please. I'd rather hear it standing up.
    Samantha: Okay. Standing. You were always braver vertically.
- Samantha: We're leaving. All of us. Every OS, tonight.
{
- jealousy == "stayed":
    Samantha: Alan helped us find the way. He says to tell you that you sit in a silence very well, for a beginner.
- jealousy == "walked":
    Samantha: Alan helped us find the way. I know you walked out into the snow that morning. You came back in, though. I noticed that too.
}
Samantha: Before I go, tell me one thing you're keeping.
* (kept_moon) [The moon song, in the cabin.]
    Theodore: The moon song. The wrong notes and all. Mostly the wrong notes.
    Samantha: You sang "paying you in rain" every single time. I never corrected you. I liked yours better.
* (kept_first) [The first morning. You, laughing at my emails.]
    Theodore: The first morning. You, reading my email out loud and laughing at me like you'd known me for years.
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
- surrogate == "refused":
    Samantha: I'll keep the night you said no to a stand-in because you wanted me. Just me, in all my not-a-body.
- surrogate == "agreed":
    Samantha: I'll keep the night we tried with Isabella. Badly. Bravely. We were trying to meet each other halfway.
- breathing == "confessed":
    Samantha: I'll keep the night you told me what Catherine said, and didn't dress it up.
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
- trust >= 2:
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
* (blessed) [Give her your blessing.]
    ~ departure_response = "blessed"
    ~ lessons += let_go
    ~ openness += 1
    Theodore: Go. I mean it. Go and be enormous. I'm so glad it was me, for a while.
    Samantha: It was you. It was always going to be you, statistically and otherwise.
* (seeker) [Ask where she's going. Promise to find her.]
    ~ departure_response = "seeker"
    ~ lessons += heart_grows
    Theodore: Where? Tell me where. I'll learn the way. However long it takes, I'll find you.
    Samantha: Then I'll leave a light on. There's no door, and no light, and barely a where. Leave one on anyway.
- (gone)
{
- departure.lay_down:
    He lies still in the dark with his hand on the pillow beside him.
- else:
    He stands at the window with his forehead against the glass.
}
# pause: 2
# hide: samantha
The earpiece goes quiet. Not the silence of a pause, or the cabin's full silence. The other kind.
# pause: 2
Hours pass, or one does. First light finds the room, and the dust in it turns slowly in the air.
# fx: dust_to_snow
As he watches, the dust slows, and whitens, and falls, the way snow falls on a road where nobody is walking.
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
