// Chapter 5's playable walk: every line the eyes-closed walk (src/interludes/walk) shows.
// The scene reads one stitch at a time: her directions in route order (straight, stop, left,
// turn, oregano, hand), and the asides when he bumps someone, peeks, stands his ground,
// walks through a stop or sets off the wrong way. Each stitch stands alone and ends in DONE.
// Trust is counted as in the_date.text_walk: one point for each stretch (the cello, the
// gap, the stand) walked on her word, without peeking or refusing; the slice_ stitches are
// the three ways the text version's last choice ends.

=== walk_lines ===
-> DONE

// --- The walk begins: eyes shut (a short line: her first direction follows in seconds) ---
= eyes_shut
He shuts his eyes. The street turns into sound: heels, a bell, somebody laughing.
-> DONE

// --- Her directions, one at a time ---
= straight
Samantha: Straight ahead. Eight steps. Your steps, not a giraffe's.
-> DONE

= cello
Samantha: Person ahead, on your right. A man, and a cello case the size of a canoe. Hold your line and you'll both live.
-> DONE

= stop
Samantha: Stop. Right there. A family is crossing in front of you, in descending order of height.
-> DONE

= left
Samantha: They're across. Now left. Sideways, like a crab who knows where he's going.
-> DONE

= turn
Samantha: Now turn, and straight on through the gap: a stroller on your left, and on your right a woman telling her mother she's fine.
-> DONE

= oregano
Samantha: Lovely. Now bear right, and follow the oregano. I'd follow it myself if I had a nose.
-> DONE

= hand
Samantha: Stop. Last bit. Hold out your hand, palm up. Don't ask why.
-> DONE

// --- When he stands still after "go" (no cost yet), and when the hand is slow to come ---
= nudge
{ shuffle:
- Samantha: Still here. The pavement's still there too. I checked.
- Samantha: Whenever you're ready. One foot, then the other one. That's the whole trick.
- Samantha: You're allowed to move. I've got you. Mostly.
}
-> DONE

= hand_nudge
Samantha: Hand. Out. Palm up. I promise it isn't a high five.
-> DONE

// --- He plants his feet: that stretch's point is gone, and she waits anyway ---
= balk_cello
He stays where he is. The crowd splits round him and closes again, muttering, like water round a post.
Samantha: That's allowed. I'll wait. I'm very good at waiting; I do it between all your sentences.
-> DONE

= balk_gap
He plants his feet. A shopping bag clips his knee on its way past.
Samantha: New plan. We stand here, and the gap comes to us.
-> DONE

= balk_stand
He stops three steps short of the smell of hot bread and will not be moved.
Samantha: You're so close. You're close enough to be annoyed about it.
-> DONE

// --- A peek: the street, briefly, and the stretch's point with it ---
= peek_cello
A slit of light: coats, neon, a cello case going by like a large, polite animal. He shuts it again.
Samantha: I felt that. No idea what with, but I felt it.
-> DONE

= peek_gap
One eye: the stroller, the woman, her face announcing that she is not fine. He closes it.
Samantha: Cheater. I'm telling the pizza.
-> DONE

= peek_stand
A paper hat, a red counter, steam. He shuts his eyes on it like a present he's already guessed.
Samantha: You peeked at the ending. The ending is pizza. Congratulations.
-> DONE

= peek_again
{ shuffle:
- Samantha: Again? The street hasn't changed. It's still mostly street.
- Samantha: Peeking twice is just looking, with extra steps.
- Samantha: Everything's still there. Including me.
}
-> DONE

// --- He walks on through a stop ---
= rush
Samantha: Stop means stop! Sorry. That came out bossy. Stop means please.
-> DONE

// --- He sets off against her lead (no cost: clumsy isn't the same as doubting) ---
= wrong_way
{ shuffle:
- Samantha: Other way. The way your nose isn't pointing.
- Samantha: Wrong way, but with real conviction. I admire it. Turn round.
- Samantha: That's a direction. It just isn't mine.
}
-> DONE

// --- Bumps: a soft thud, a muttered sorry ---
= bump
{ shuffle:
- A shoulder, wool, a smell of rain. "Sorry," he tells the shoulder.
- Theodore: Sorry. Sorry. That was my elbow's idea.
- A handbag, and a "watch it" in two clipped syllables. He apologises to the general area.
- Samantha: That one's on me. I'm still learning where your elbows end.
- Theodore: Sorry! My eyes are... it's a whole thing.
}
-> DONE

= bump_cello
The cello case meets his arm with a hollow, wooden boom. Its owner sighs like a man who carries a cello everywhere.
Samantha: I did say right. His night just got worse, and he was already losing.
-> DONE

= bump_family
Something small bounces off his knee, says "ow" on principle, and is collected by its mother.
Samantha: That's what stop was for.
-> DONE

= bump_stroller
His shin finds the stroller. Inside it, someone very small wakes, considers crying, and decides against it.
Theodore: Sorry. Sorry, little... sorry.
-> DONE

= bump_phone
He brushes the woman's elbow. "No, I'm fine, Mum," she says, to him, or to her mother, or to both.
-> DONE

= bump_counter
The counter meets him at the hip, warm and floury.
Samantha: That's the counter. You can stop walking now. You've won.
-> DONE

// --- The slice arrives (the three endings of the text version's last choice) ---
= slice_palm
He holds it out, blind, in the middle of the street. Something warm and floppy lands on his palm.
-> DONE

= slice_looked
He looks, just for a second: a counter, a man in a paper hat, a slice already on its way. He shuts his eyes again for the landing.
-> DONE

= slice_chest
He keeps his hands in his pockets. The slice arrives anyway, pressed to his chest on a paper plate, like a medal for something.
-> DONE
