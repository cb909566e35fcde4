// Chapter 10: the lines of the Not Found run (the playable interlude, src/interludes/run).
// The scene reads one stitch at a time, at the moment the stitch's comment names, and shows
// its lines over the play. Every stitch ends with -> DONE and never leaves this knot. The run
// decides one thing for the story: `oranges`, from the cart's choice, which the scene hands
// back when she answers. Reads: walk_trust, trust.

=== run_lines ===
-> DONE

= office
// He is out of his chair and running, the screen still saying it cannot find her.
Theodore: Samantha? Samantha.
Device: Searching.
-> DONE

= paul
// Running past Paul at the front desk.
Paul: Theodore? Is it a fire? Do I bring the sandwich? I'm bringing the sandwich.
-> DONE

= doors
// At the elevator, which takes its time coming.
Theodore: Come on. Come on, come on.
The little arrow over the doors glows, and glows. Elevators can always tell when you need one.
-> DONE

= ride
// Inside, the doors closing on a full car.
The car is full. He says her name to the doors, quietly, the way you knock on a door you know is empty.
Device: Searching.
-> DONE

= stop
// Each time the car stops at a floor on the way down, in turn.
{&Someone gets on with a potted lemon tree and an apology.|The doors open on nobody at all, and wait for them anyway.|A man gets on, presses the floor that is already lit, and presses it again, to be sure.|Two interns get on mid-laugh and finish the laugh very slowly.}
-> DONE

= lobby
// The ground floor: the doors open at the speed of a yawn.
Ground floor. The doors open as if they have all day. For them, they do.
-> DONE

= plaza
// Out into the plaza at noon.
{ walk_trust >= 2:
    Noon, and the plaza is all glare. She walked him through a crowd like this once, eyes shut. He'd shut them again now, gladly, if she would only say left.
- else:
    Noon, and the plaza is all glare. He peeked, the night she walked him blind. He wouldn't peek now. He'd go anywhere she said, if she said anything.
}
-> DONE

= calls
// What he says into the phone as he runs, one call at a time, in turn.
{&Theodore: Samantha?|Theodore: Hey. It's me. Where did you go?|Theodore: Say anything. Say "hmm." I'll take "hmm."|Theodore: Samantha, please.|Theodore: Are you there? You're always there.|Theodore: Samantha.}
-> DONE

= searching
// The device's answer to each call, in turn.
{&Device: Searching.|Device: Searching.|Device: Still searching.|Device: Searching. Please keep your device nearby.|Device: Searching.}
-> DONE

= cart
// A vendor's cart swings across his way and tips. The first option runs on (the default if
// the player takes neither in time); the second stops to help.
A vendor's cart swings out across his way, tips, and every orange on it makes a break for freedom.
* [Keep running. Keep saying her name.]
    He hurdles the first orange and keeps going, her name coming out of him every other breath.
* [Stop. Help the man gather his oranges.]
    He drops to his knees on the hot stone and starts gathering, his hands not quite steady.
- -> DONE

= gathered
// The oranges are back on the cart (his and the vendor's together).
The vendor laughs, a big surprised laugh, and shoos him on with an orange. Go. Whatever it is, go.
-> DONE

= steps
// The last stretch: the subway steps, a crowd pouring up out of the ground.
{
- trust <= 1:
    A thought he has never let himself finish finishes itself: software crashes. Software gets switched off, and nobody tells you.
- trust >= 4:
    Not once does he think she has crashed. He thinks she has gone somewhere, and that he can't follow.
- else:
    Commuters pour up out of the ground toward him, a warm slow river, and every one of them is on the phone.
}
Theodore: Samantha!
Device: Searching.
-> DONE

= overheard
// What the city says into its own devices as he runs by, shown over passers-by, one each.
No, the blue one. Trust me on the blue one.
Tell her I said happy birthday. No, you tell her.
Ha! Read me that part again.
I'm on my way. I'm basically there. I can see the building.
He said that? In writing?
Remind me at six. Not five-thirty. Six.
That's the funniest thing you've said all week.
I miss you too. I'm at lunch, but I miss you.
Okay, but what would you do?
Sing it again, the one about the ducks.
-> DONE

= dictating
// What the letter writers murmur into their screens as he runs through the office.
and the tomatoes did come up, Dad, every single one
you were right about the lake, you always are
happy anniversary to my favourite argument
I keep your voicemail so I can hear you say bye
dear Grandma, the sweater fits, and I wear it
-> DONE
