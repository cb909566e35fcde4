// The lines the playable cave reads (src/interludes/cave), one stitch per moment of play.
// The scene opens a stitch when its moment comes, shows the lines over the game and offers
// the choices as in-game buttons. Writers: edit freely, but keep every stitch ending in
// -> DONE, keep the child's swearing inside cuss(), and keep the `cave_said` line on every
// option: the scene reads it to know what Theodore just did (the words are yours; the
// meaning of "plead", "swear", "play", "true", "fight", "quit" and "go" is the game's).
// Reads: voice_answer. Sets: cave_said, cave_first, cave_second, lessons (lonely_child when
// befriended).

// NEW: what Theodore last did in the played cave: "plead", "swear", "play", "true", "fight",
// "quit" or "go" (the scene reads it after each choice; nothing outside the cave needs it).
VAR cave_said = ""
// NEW: his first and second answers to the child in the played cave ("plead", "swear", "play",
// "true"; the second may be "quit"), so the second half and the lines after the cave can
// remember them as the text version remembers plead1, swear2, true2 and so on.
VAR cave_first = ""
VAR cave_second = ""

=== cave_lines ===
-> DONE

// Part "main" begins: the astronaut stands where he fell in.
= intro
Samantha: So. Where are we going?
Theodore: East. Toward the ping. The ship is always toward the ping.
Samantha: Follow the ping, touch nothing sticky, look heroic. Got it.
-> DONE

// He is dawdling in the first chamber; one nudge each time.
= nudge
{&Samantha: No rush. I'm only noticing that the ping sounds a little lonely.|Samantha: You could also pat every mushroom in the cave. It's a strategy. A slow one.|Samantha: The ping is east, by the way. Where the interesting stuff usually is.}
-> DONE

// He brushed glowing fungus for the first time.
= fungus
Samantha: Oh, it lit up when you touched it. Things that glow usually want to be found.
-> DONE

// He walks into the second chamber, where the child waits on a ledge.
= drips
Water falls from the ceiling in slow strings of light, and every drop lands twice: once on the stone, once in the echo.
Samantha: It's lovely down here. Also, something up on that ledge just blinked.
-> DONE

// The child drops onto his helmet: the first answer.
= meet
Something small and lime-green drops off the ledge and lands on the helmet like a sack of flour.
The astronaut goes down. The green thing sits on his chest: thumb-sized, one enormous eye, three fingers a hand, and the face of a customs officer at the end of a double shift.
Child: Who said you could walk in my cave, you puffy {cuss("damn")} marshmallow?
* [Plead. "Please. I only need my ship."]
    ~ cave_said = "plead"
    ~ cave_first = "plead"
    Theodore: Please. I'm lost. I only need to get back to my ship.
    Child: "Please, I'm lost!" Ha! Say it again, with a wobble. Make your lip go.
    Samantha: Polite. Brave. I don't think he takes requests.
* [Swear back.]
    ~ cave_said = "swear"
    ~ cave_first = "swear"
    Theodore: Get off my helmet, you little {cuss("bastard")}.
    Child: Ooh, it bites! No it doesn't. You swear like a dentist.
    Samantha: Who was that? I liked him. I'm a little scared of him.
* [Play along. "I'm the scariest thing down here."]
    ~ cave_said = "play"
    ~ cave_first = "play"
    Theodore: Your cave? Buddy, I'm the scariest thing down here.
    Child: You're a {cuss("crappy")} cotton ball in a goldfish bowl. I'm the scariest. I bit a rock once. The rock said sorry.
    Samantha: He's trying very hard not to look impressed. Keep him talking.
* [Say something true. "I don't know where I am."]
    ~ cave_said = "true"
    ~ cave_first = "true"
    Theodore: Honestly? I don't know where I am. I've been down here for months.
    Child: Months! You're the slowest {cuss("damn")} thing that ever fell in my hole.
    The child blinks its one eye at him, slowly, as if filing the word away for later.
    Samantha: He heard that. He's pretending he didn't, but he heard it.
- Samantha: Small and loud usually means guarding something. Let's find out what.
-> DONE

// The child has knocked him flat again; one heckle each time.
= heckle
{&Child: Timber! Down goes the marshmallow!|Child: You fall over like a {cuss("damn")} laundry bag.|Child: Where you going? Nowhere! That's where!|Child: My cave, my rules. Rule one, you fall over. Rule two, see rule one.|Child: Ha! You bounce! Do it again!|Child: Is that a spaceman or a {cuss("crappy")} pillow with legs?}
-> DONE

// The child plants himself in the tunnel mouth and will not move.
= choke
{&Child: Nope. Not that way. That's the shiny end. Nobody goes to the shiny end.|Child: You want past? Pay the toll. The toll is you go away.|Child: Still no. I'm very small, and I'm a {cuss("damn")} wall.}
-> DONE

// Samantha's whisper is overheard, and she gets her first insult.
= toaster
Child: Wait. Who's that? Who's whispering? Is there a lady in your {cuss("damn")} fishbowl?
{
- voice_answer == "male":
    Samantha: There is. He asked for a man, technically. It didn't take.
- voice_answer == "female":
    Samantha: There is. He ordered a lady, and I'm what came.
- else:
    Samantha: There is. He couldn't decide what he wanted, so here I am.
}
Child: You sound like a {cuss("crappy")} toaster that went to art school. Zip it, toaster.
Samantha: He called me a toaster. No one has ever insulted me before. I feel strangely... welcome.
-> DONE

// Part "main" ends mid-word: the story's chime cuts in and Samantha pauses the game.
= cutoff
Child: You know what you look like, from down here? You look like a big, wet, sad—
-> DONE

// Part "resume" begins: the child thaws, sulking on his rock.
= thaw
The cave starts again. The drip of light finally lands. The child is sitting on a rock now, arms wrapped round its knees.
Child: You went away. You just {cuss("damn")} went away, and I was froze. Do you know how boring froze is?
{ cave_first == "true":
    Child: Months, you said. Months down here with me, and you still went away.
}
Child: Everybody who falls in here goes away. Good. I hate all of you.
-> DONE

// He walks past the sulking child, or speaks to him: the second answer.
= round2
The child hops off its rock and plants itself in his path.
Child: Where do you think you're going, marshmallow? What do you even want?
* [Ask nicely for directions.]
    ~ cave_said = "plead"
    ~ cave_second = "plead"
    Theodore: Could you please just point me at my ship?
    Child: Could you please go lick a slug? There's a good one up ahead. Her name's Doris.
* [Swear back, louder.]
    ~ cave_said = "swear"
    ~ cave_second = "swear"
    Theodore: Move, you pint-sized {cuss("pain in the ass")}.
    Child: Better! Almost scary. Like a grandpa who stubbed his toe on a {cuss("hell")} of a coffee table.
* [Play along. Give his cave zero stars.]
    ~ cave_said = "play"
    ~ cave_second = "play"
    Theodore: Ugly cave, by the way. Damp. Zero stars.
    Child: ZERO? It's got glowy fungus! It's got Doris! This is the best {cuss("damn")} cave on the whole planet, you {cuss("crap")} pillow!
    Samantha: You hurt his feelings. Theodore, he loves his cave.
* [Say something true. "I'm lost too, you know."]
    ~ cave_said = "true"
    ~ cave_second = "true"
    Theodore: I'm lost too, you know. Not only down here.
    Child: That's the dumbest {cuss("shit")} anybody ever said in my cave.
    Child: ...Lost where?
    Samantha has gone very quiet in his ear. The listening kind of quiet.
* [Sit down on a rock. You're done.]
    ~ cave_said = "quit"
    ~ cave_second = "quit"
    Theodore: You know what? Fine. I'm done.
- -> DONE

// Walking past the glowing slug in the third chamber.
= doris
A slug the size of a loaf of bread glows pink on a rock, minding her own business.
Child: Don't look at Doris. Doris is mine. Doris is the only one who stays.
-> DONE

// He has stood still for a long while: he may stop here.
= idle
Child: Hey. HEY. Are you asleep in there?
Samantha: You've gone very still. We can stop, you know. It's only a game.
// Sticky options (+): he may go still more than once, and each time both answers stand.
+ [Get up. Keep looking for the ship.]
    ~ cave_said = "go"
    Theodore: No. I'm still here.
    Child: Ugh. Fine. Keep being here, then.
+ [Sit down. You're done.]
    ~ cave_said = "quit"
    Theodore: Yeah. I think I'm done.
- -> DONE

// The child blocks the last tunnel: the answer that decides how the cave ends.
= crybaby
The child hops onto a stone and squints into his visor.
Child: Your face is doing a thing in there. Bet you cry. Bet you cry like a big {cuss("damn")} baby and it sloshes round your fishbowl.
{ cave_second == "true":
    Samantha: Whatever you did back there, do more of it. Tell him the truth.
- else:
    Samantha: I have a theory. Tell him the truth.
}
Child: Shut UP, toaster!
Samantha: That's twice. He's really warming to me.
* [Say something true: grown men cry, and it helps.]
    ~ cave_said = "true"
    ~ lessons += lonely_child
    Theodore: Sometimes, yeah. Grown men cry. More of us than you'd think.
    Theodore: And afterwards you feel rinsed out. Lighter. Like somebody opened a window in you.
    The enormous eye stares at him for a long moment.
    Child: That's disgusting. You're the wettest {cuss("damn")} thing that ever fell in my cave.
    Child: Ship's this way. Keep up, Wetface. Don't touch Doris.
* [Swear at him and shove past.]
    ~ cave_said = "fight"
    Theodore: Out of my way, you mouthy little {cuss("shit")}.
    Child: Make me, you {cuss("ass-faced")} pillow!
* [Drop your hands. You're done.]
    ~ cave_said = "quit"
    Theodore lets his arms fall to his sides. In the cave, the astronaut sits down heavily.
- -> DONE

// Befriended: the child trots ahead through a tunnel Theodore never saw; one line per stretch.
= lead
{&Child: This tunnel's secret. Tell anybody and I'll bite your ankle off.|Child: That rock's called Gary. Gary's an idiot.|Child: See that fungus? Brightest in the whole cave. I didn't make it. I watch it, though.|Child: Keep UP, Wetface. Slowest {cuss("damn")} spaceman in the universe.}
-> DONE

// Fought: the scuffle, and what the child shouts after him as he runs.
= scuffle
The astronaut lowers his helmet and charges. They go down together in a tangle of glowing moss and language.
-> DONE

= chase
{&Child: That was a bite! A bite counts! I WIN!|Child: Go on, then! Go to your stupid shiny end!|Child: I wasn't even trying, you {cuss("damn")} lump!}
-> DONE

// Quit: the astronaut sits, and the child will not let it go.
= giveup
Child: What are you doing? Get up! Fight me! Cry, then! Do something, you {cuss("damn")} marshmallow!
Samantha: Theodore? We could still find it. I'd whisper the whole way.
The two small figures stay where they are in the violet light: one sitting, one shouting at it to get up.
Theodore: End game.
-> DONE
