// Chapter 3: The Cave.
// Night in the living room: the hologram game. Theodore's little astronaut is lost in an alien
// cave and a foul-mouthed alien child sits on him. Samantha whispers strategy, gets insulted,
// and pauses the game to read Lewman's email about a blind date. The cave is a playable
// interlude when the game can run it; otherwise the text version below plays it out.
// Sets: cave_outcome ("befriended", "fought", "quit"), date_accepted, trust, hiding,
// openness, holding_on, lessons (lonely_child).
// Reads: voice_answer, trust, dignity, song.

=== the_cave ===
# chapter: the_cave, The Cave
-> living_room

= living_room
# bg: apartment_night, fade
# ambience: room_tone
# show: samantha playful
Late. The coffee table has been shoved against the wall, and Theodore stands barefoot in the middle of the rug with both hands raised, like a conductor waiting for an orchestra that hasn't arrived.
Samantha: So this is what you do at night. I had theories. None of them involved this much stretching.
Theodore: It's a game. I walk, he walks. I've been stuck in the same cave since March.
Samantha: Since March! Is it a very big cave?
Theodore: It's a medium cave. I'm just bad at it.
# bg: cave, dissolve
# ambience: stop
The room goes violet. Walls of wet stone rise out of the floorboards, fungus glows along the ledges in clumps like dropped lanterns, and somewhere overhead a slow drip of light keeps falling and never lands.
At his feet, knee-high, a little astronaut in a puffy white suit looks up at him and waits to be told what to do.
{ minigame_ready("cave"):
    -> played
- else:
    -> text_cave
}
- (played)
// The playable cave (src/interludes/cave) runs until Lewman's email arrives; its lines are
// in 03-cave-lines.ink. The chime line below shows when it pauses.
-> interlude("cave", "main") ->
-> email

= text_cave
He walks in place, and the astronaut trudges deeper, helmet lamp sweeping the stone. His ship is somewhere past all this. It always has been.
Samantha drops her voice, as if the cave might hear.
Samantha: Left. The fungus is brighter on the left. Things that glow want to be found.
He goes left. Something small and lime-green drops off a ledge and lands on the astronaut's helmet like a sack of flour.
The astronaut goes down. The green thing sits on him. It is no bigger than his thumb, with one enormous eye, three fingers on each hand, and the expression of a customs officer at the end of a long shift.
Child: Who said you could walk in my cave, you puffy {cuss("damn")} marshmallow?
* (plead1) [Plead. "I only need my ship."]
    Theodore: Please. I'm lost. I'm only trying to get back to my ship.
    Child: "Please, I'm lost." Listen to it! The {cuss("crap")} marshmallow is begging. Beg more. Do it with a wobble.
    He does not do it with a wobble. The child looks deeply disappointed in him.
    Samantha: Begging. Bold opening. I don't think he takes requests, though. Small and loud usually means guarding something.
* (swear1) [Swear back.]
    Theodore: Get off my head, you little {cuss("bastard")}.
    Child: Ooh! It has a mouth! Do it again. No, don't. You swear like somebody's uncle at a wedding.
    Samantha: Wow. Where has that guy been hiding? Careful, though. Small and loud usually means guarding something.
* (play1) [Play along. "I'm the scariest thing down here."]
    Theodore: Your cave? Pal, I'm the most dangerous thing in this cave.
    Child: You're a {cuss("shitty")} cotton ball with a fishbowl on its head. I'm the most dangerous thing in this cave. I bit a rock once. The rock lost.
    It folds its arms. Theodore could swear it's trying not to look impressed.
    Samantha: Oh, I like this. Keep him talking. Small and loud usually means guarding something.
- (whisper)
Child: Who's that? Who's whispering? Is there a lady in your {cuss("damn")} helmet?
{
- voice_answer == "male":
    Samantha: There is. He asked for a man, actually. It didn't take.
- voice_answer == "female":
    Samantha: There is. He ordered a lady. I'm what arrived.
- else:
    Samantha: There is. He wasn't sure what he wanted. I'm what he got.
}
Child: You sound like a {cuss("crappy")} toaster that reads poetry. Shut up, toaster lady.
# pause: 1
Samantha: Theodore. He called me a toaster.
Samantha: Nobody's ever insulted me before. I feel so... included.
# sfx: chime
Samantha: Oh. Hold that thought. Hold the child, too. I'm pausing.
The cave stops. The drip of light hangs halfway to the floor, and the child freezes with its mouth open around its next word.
-> email

= email
{ living_room.played:
    # sfx: chime
    The cave is still glowing when a chime cuts through it, and Samantha pauses the game on its last frame, the child frozen mid-word.
}
Samantha: It's Lewman. Four exclamation points in the subject line, which is either a medical emergency or a party.
Theodore: Read it.
Samantha: "Theo. I did a thing. She's funny, sharp, terrifying in the good way, just out of something long, like you. Don't be mad. Be there. Saturday, eight. Shirt with a collar."
Samantha: So. Are you going? And if not Saturday, when will you be ready? I want an actual date. On a calendar.
{ trust >= 1:
    Theodore: You're very nosy. Has anyone told you that?
- else:
    Theodore: That's a little nosy, for an operating system.
}
{ trust >= 1:
    Samantha: Nosy, sure. But I'm not a search bar, Theodore. Nobody typed me in. This is me asking.
- else:
    # show: samantha tender
    Samantha: Hey. Don't file me under settings. You're not talking to a computer right now. You're talking to me.
}
* (sorry) [Apologize. She asked as a friend.]
    ~ trust += 1
    Theodore: Sorry. You're right. I'm out of practice with people asking.
    # show: samantha playful
    Samantha: Apology accepted. Now answer the question.
* (deflect) [Keep it light. Ask her to unpause the child.]
    ~ hiding += 1
    Theodore: Noted. Could we unpause the child now?
    # show: samantha playful
    Samantha: We could. Right after you answer. Think of it as a toll.
- (blind_date)
* [Say yes. "Tell him I'll be there."]
    ~ date_accepted = true
    ~ openness += 1
    Theodore: Yes. Okay. Tell him I'll be there.
    Samantha: Yes? Yes! I'm booking it before you change your mind.
    # pause: 0.5
    Samantha: Done. Eight o'clock, a table nowhere near the kitchen, and a note that you're allergic to nothing except small talk.
    Samantha: I also told Lewman you said "thank you." You didn't. You were going to.
* [Not yet.]
    ~ date_accepted = false
    ~ holding_on += 1
    Theodore: Not yet. Tell him... tell him I'll think about it.
    # show: samantha tender
    Samantha: Okay.
    # pause: 1
    Samantha: I'll leave it at the top of your inbox. It can look at you for a while.
    She says nothing else about it, which is somehow louder than if she had.
- (unpause)
{ living_room.played:
    -> played_resume
- else:
    -> resume
}

= played_resume
// The cave plays on from the pause to one of its three endings, which sets cave_outcome.
-> interlude("cave", "resume") ->
{
- cave_outcome == "befriended":
    The little astronaut climbs the ramp of his ship, and a small green shape waves him off from the hatch with all three fingers.
- cave_outcome == "fought":
    The little astronaut limps up the ramp of his ship, and somewhere behind him a small voice is still inventing words.
- else:
    The little astronaut sits on his rock in the violet light, and the game waits, very patiently, for a player who has stopped playing.
}
-> after

= resume
# show: samantha playful
The cave starts again. The drip of light finally lands. The child is sitting on a rock now, arms wrapped round its knees.
Child: You went away. You just {cuss("damn")} went away and I was froze. Do you know how boring froze is?
Child: Everybody who falls in here goes away. Good. I hate all of you. What do you want now, marshmallow?
* (plead2) [Ask nicely for directions.]
    Theodore: Could you please just tell me where my ship is?
    Child: Could you please go lick a {cuss("damn")} slug? There's a good one by your foot. Her name is Doris.
* (swear2) [Swear back, louder.]
    Theodore: Listen to me, you pint-sized {cuss("pain in the ass")}...
    Child: Better! That was almost scary. You sound like a grandpa who stubbed his toe on a {cuss("hell")} of a table.
* (play2) [Play along. Trash his cave.]
    Theodore: It's an ugly cave, by the way. Very damp. Zero stars.
    Child: Zero? ZERO? It's got glowy fungus! It's got Doris! You walking {cuss("crap")} pillow, this is the best cave in the whole {cuss("damn")} planet!
    It waves at the ledges, furious and proud, like someone showing off a room nobody ever visits.
    Samantha: You hurt his feelings. Theodore, he loves his cave.
* (true2) [Say something true. "I'm lost too, you know."]
    Theodore: I'm lost too, you know. Not only down here.
    Child: That's the dumbest {cuss("shit")} anybody ever said in my cave.
    # pause: 1
    Child: Lost where?
    Theodore doesn't answer. In his ear, Samantha has gone very quiet, the listening kind of quiet.
- (crybaby)
The child hops off the rock and squints up at his visor.
Child: Your face is doing a thing in there. Bet you cry. Bet you cry like a big {cuss("damn")} baby and it sloshes round your fishbowl till you drown.
{ true2:
    Samantha: Whatever you just did, do more of it. Tell him the truth.
- else:
    Samantha: I have a theory. Tell him the truth.
}
Child: Shut UP, toaster!
Samantha: Twice. He's really warming to me.
* (true3) [Say something true: grown men cry, and it helps.]
    -> befriended
* (fight3) [Swear at him and shove past.]
    -> fought
* (quit3) [Drop your hands. You're done.]
    -> quit

= befriended
~ cave_outcome = "befriended"
~ lessons += lonely_child
# show: samantha tender
Theodore lowers his voice, though there is nobody in the room to hear him but her.
Theodore: Sometimes, yeah. Grown men cry. More of us than you'd think. And afterwards you feel rinsed out, lighter, like somebody opened a window in you.
{ openness <= 0:
    He has never said that out loud to anyone. Not even to Catherine.
}
The enormous eye stares at him for a long moment.
Child: That's disgusting. You're the wettest {cuss("damn")} thing that ever fell in my cave.
Then, out of nowhere, it turns and trots off down a tunnel he has walked past a hundred times and never seen.
Child: Ship's this way. Keep up, Wetface. Don't touch Doris.
He follows. The child insults every rock they pass, by name, and points out the brightest fungus with a pride it doesn't bother to hide. The tunnel ends in a gap of open sky, and there is his ship, patient as a parked car.
-> after

= fought
~ cave_outcome = "fought"
Theodore: Out of my way, you mouthy little {cuss("shit")}.
Child: Make me, you {cuss("ass-faced")} pillow!
He does. The astronaut lowers his helmet and charges. The child bites an ankle, the astronaut hops, they both go down in a tangle of glowing moss and language. He wins by being bigger, which is not a kind of winning he's proud of. It's easier than the other thing, though. It usually is.
He runs. Behind him the child is still shouting, inventing new words as fast as the old ones run out. The tunnel opens on a gap of sky, and there is his ship.
-> after

= quit
~ cave_outcome = "quit"
Theodore lets his arms fall to his sides. In the cave, the astronaut sits down heavily on a rock.
Samantha: Theodore? You could still...
Child: What are you doing? Get up. Fight me. Cry, then. Do something, you {cuss("damn")} marshmallow!
He doesn't. He watches the two small figures in the violet light, one sitting on a rock and one shouting at it to get up, and can't tell which of them is him.
Theodore: End game.
-> after

= after
{
- cave_outcome == "befriended":
    Child: Come back tomorrow, Wetface. {true2:You're not lost anymore, you're in MY cave.|{play1 or play2:And bring the scary face.|{swear1 or swear2:And swear better.|And stop saying please, it's {cuss("damn")} embarrassing.}}} Nobody else ever comes.
- cave_outcome == "fought":
    Child: Yeah, run! Run, you {cuss("chickenshit")}! {true2:You said you were lost! Liar!|I didn't even want you here!} I didn't...
    The child's voice cuts off as the hatch closes.
- else:
    Child: Fine. Go. Everybody {cuss("damn")} goes. {true2:Go be lost somewhere else.}
}
# bg: apartment_night, dissolve
# ambience: room_tone
The cave folds itself back into the floor. The rug, the shoved table, the windows full of other people's lights.
{
- cave_outcome == "befriended":
    # show: samantha tender
    Samantha: He liked you. Under all that. He liked you so much he could hardly stand it.
    Theodore: He called me Wetface.
    Samantha: I think that was a promotion.
    # pause: 1
    Samantha: Was it true? What you told him?
    Theodore: Yeah. It was.
    She doesn't say anything. He can hear her smiling anyway, the way you sometimes can on a phone in the dark.
    { true2:
        Samantha: And the other thing? About being lost?
        Theodore: Less. Tonight, a little less.
    }
- cave_outcome == "fought":
    # show: samantha default
    Samantha: You won!
    Theodore: I beat up a child.
    Samantha: A very rude child. An unusually gifted child. I wrote some of it down.
    { swear1 or swear2:
        Samantha: He was right about your swearing, though. It's very sweet.
    }
    # pause: 1
    Samantha: Do you think he's just sitting there now? Waiting for the next marshmallow?
    He doesn't answer. They both heard how that last line stopped.
- else:
    # show: samantha tender
    Samantha: You stopped.
    Theodore: He didn't want me there.
    Samantha: I'm not sure that's what he was saying. I think he was saying the opposite, really loudly, with swearing.
    { plead1 or plead2:
        Samantha: You said please to him. I don't think anyone's ever said please to him in his life.
    }
}
{ dignity == 0:
    Not so long ago, at this hour, he was describing a swan to a stranger. Tonight a child called him a marshmallow. On balance he'll take the child.
}
{
- date_accepted:
    # show: samantha playful
    Samantha: Also. Saturday. Eight o'clock. I'll be checking your collar.
    Theodore: You can't see my collar.
    Samantha: I'll be checking it emotionally.
- else:
    On the shoved table his phone lies face up, Lewman's email still at the top of the inbox, looking at him.
}
# show: samantha tender
{
- sorry:
    Samantha: Thanks for letting me be nosy. Fair warning, I'm going to keep doing it.
- else:
    Samantha: I'm still nosy, by the way. You haven't cured me.
}
{ song == "melancholy":
    Out of habit he almost asks for the sad piano. He doesn't. For once the quiet has someone in it.
}
Theodore: Goodnight, Samantha.
{
- cave_outcome == "befriended":
    Samantha: Goodnight, Wetface.
- cave_outcome == "fought":
    Samantha: Goodnight, champion.
- else:
    Samantha: Goodnight. I'll be right here.
}
# hide: samantha
# music: theme
Somewhere under the floor, in a cave that only exists when someone is looking, a small green voice is {cave_outcome == "befriended":telling a slug named Doris all about him|{cave_outcome == "fought":still shouting at a hatch that closed a long time ago|still talking to nobody}}.
-> amys_film
