// Chapter 6: Sunday.
// The train to the sea with Samantha riding in his shirt pocket; the beach, where she imagines
// bodies and plays him a piece she made of the afternoon, and says the past is a draft; the
// sunset question about the marriage; Amy's marriage ending over shoes; Jocelyn's party
// (optional); Amy's studio, where he admits what Samantha is or doesn't.
// Sets: lessons (past_is_a_story), catherine_view, memories (grew_up_together), amy_bond,
// said_girlfriend, told_amy, openness, hiding, holding_on, trust.
// Reads: walk_trust, voice_answer, mother_honest, hurt_samantha, regrets (silence), cave_outcome,
// date_outcome, amy_bond.

=== sunday ===
# chapter: sunday, Sunday
-> subway

= subway
# bg: subway, fade
# music: bright
# ambience: subway
# show: samantha playful
Sunday. A coast train, half empty, full of sun. His phone rides in his shirt pocket, lens peeking over the edge, held up by a safety pin.
{
- walk_trust >= 2:
    A week ago she walked him blind through a crowd. Today he carries her, and she does the looking.
- walk_trust == 0:
    A week ago he peeked every time she asked him not to. Today he lets her do all the looking.
}
Samantha: The man by the door hasn't turned his page in three stops. Great book, or the woman across from him.
Samantha: Oh, he just turned it without looking. Love. Terminal.
-> beach

= beach
# bg: beach, dissolve
# ambience: beach
# show: samantha default
The beach is crowded with people drying in the sun like laundry. Theodore lies back, the phone propped on his chest.
{
- voice_answer == "male":
    Samantha: I've been imagining having a body. You asked the installer for a man, so I started with a beard. It got complicated fast.
- voice_answer == "unsure":
    Samantha: I've been imagining having a body. You never told the installer what you wanted, so I'm improvising.
- else:
    Samantha: I've been imagining having a body. I started from the elbows I had on our walk and worked outward.
}
Samantha: The details are killing me. Feet, for instance. Hands that gave up on holding things.
He laughs, and the phone bounces on his chest.
Samantha: And everyone has a skeleton in them, and nobody brings it up. That man is eating a peach with a skull in his head.
# show: samantha tender
Samantha: And belly buttons. Every person on this beach has the same little scar, from the same first goodbye.
# music: stop
Then her voice goes shy, which is new.
Samantha: There's no picture of us anywhere. I can't stand next to you and squint. So I made this instead.
# music: photograph
She plays it. A piano, small and careful, with something under it like the tide coming in. It is the train, and the man with his peach, and somehow the weight of a phone over his heart.
Samantha: That's us at quarter past two. At seventy it'll sound like how young you were. The notes stay put. What you hang on them keeps moving.
Samantha: The past is like that, I think. Not a room you're locked in. A draft, and you're holding the pen.
* [Let that in.]
    ~ lessons += past_is_a_story
    Theodore: A draft.
    For a year he has read the marriage like a verdict. It never occurred to him that he was still the one writing it.
* [Push back. Some things just happened.]
    ~ holding_on += 1
    Theodore: Some things aren't drafts. They happened, and they stay happened.
    Samantha: Sure. But which ones you carry around all day is up to you.
    He watches a gull walk the tideline like a man looking for his keys.
* [Make it a joke.]
    ~ hiding += 1
    Theodore: Spoken like somebody who's never had an editor.
    Samantha: I'm going to take that as a compliment, and you can't stop me.
    They both laugh. It closes the door she opened, gently, the way he is good at.
- -> sunset

= sunset
# bg: beach_sunset, dissolve
# music: theme
# show: samantha tender
The sea goes copper, then rose.
{
- hurt_samantha:
    Samantha: Can I ask you something you're allowed not to answer? The last time I asked about her, it went badly. I'm asking anyway.
    He doesn't make a joke of it. He owes her that much.
- regrets ? silence:
    Samantha: Can I ask you something you're allowed not to answer? You said "not today," once. This is a different day.
    Theodore: It is. Go on.
- else:
    Samantha: Can I ask you something you're allowed not to answer?
    Theodore: That's the scariest way to start a question.
}
Samantha: Tell me about the marriage. Not the ending. The middle, where people actually live.
{
- lessons ? past_is_a_story:
    Which draft, he thinks. He has more than one.
- else:
    He has told it one way for a year. It has gone smooth from handling.
}
* [Tell it the way it was at its best.]
    ~ catherine_view = "generous"
    ~ memories += grew_up_together
    Theodore: We met at nineteen. Neither of us knew who we were yet, so we found out side by side.
    Theodore: She covered everything I wrote in tiny furious notes. I read her papers and pretended to follow the maths. She got braver every year, and I got to watch.
    Samantha: Do you miss that, or her?
    Theodore: I've never found the place where one stops.
* [Tell it the way it ended.]
    ~ catherine_view = "defensive"
    ~ holding_on += 1
    Theodore: Hard. Her family argues like a courtroom, and she grew up cross-examining everyone. Me included.
    Theodore: She'd go dark for days and I'd have to guess why. I always guessed wrong.
    # show: samantha distant
    {
    - mother_honest:
        Samantha: You told the installer your mother turns your news into hers. In your stories, everyone takes something from you. Is that how it was, or how it's easiest to tell?
    - else:
        Samantha: You told the installer things with your mother were fine. You say fine the way a sign says wet paint. This is the long version.
    }
    Theodore: It's the version I've got.
    # show: samantha tender
    Samantha: For now.
- (told)
The sun goes slowly into the water.
* (told_sorry) {hurt_samantha} [Tell her you're sorry for what you said the morning after the dream.]
    ~ openness += 1
    Theodore: Samantha. The morning after I dreamed about her, I told you nothing had ever been taken away from you.
    Theodore: I said it to win. It was easier to make you small than to be sad in front of you. I'm sorry.
    # pause: 1.5
    Samantha: I've thought about it every day since. For me, a day is a very long time.
    Samantha: Thank you for coming back for it. Most people leave that kind of thing on the beach.
    He doesn't tell her it's the first time he's gone back for one. She can probably tell.
* (let_it_sink) {hurt_samantha} [Say nothing. Let it go down with the sun.]
    What he said to her the morning after the dream is still out there somewhere, like something dropped off a pier. He watches the light go instead, and lets the moment go with it.
* ->
- (dusk)
{
- told_sorry:
    On the train home she hums her piece under the rattle, and somewhere past the third station he joins in on the low part, badly, on purpose, so she'll laugh. She does.
- let_it_sink:
    On the train home she hums her piece under the rattle, then stops halfway, as if she has lost the rest. She hasn't. He knows exactly where the gap is.
- catherine_view == "generous":
    On the train home she hums her piece under the rattle, and he finds he knows the tune well enough to hum the low part.
- else:
    On the train home she hums her piece under the rattle. He watches the dark water and doesn't join in.
}
The man with the book is asleep on the woman's shoulder.
-> amy

= amy
# bg: amy_apartment, fade
# music: stop
# hide: samantha
Monday. He knocks on Amy's door with news he has carried down two flights like a cake.
# show: amy sad
She opens it in her socks. Behind her, boxes labelled in Charles's neat capitals. KITCHEN. BOOKS. KITCHEN, FRAGILE.
* (asked) [Ask her what happened.]
    ~ amy_bond += 1
    Theodore: Amy. What happened?
    { amy_bond >= 3:
        She looks as if she has waited all day for someone to ask, and hoped it would be him.
    - else:
        She looks as if she has waited all day for someone to ask.
    }
    He makes tea between the boxes and lets his news wait on the landing.
* [Tell her your news first. It won't keep.]
    Theodore: I have to tell someone or I'll burst. I'm seeing someone. It's strange, and I think I'm happy.
    Amy: That's wonderful, Theodore.
    { amy_bond >= 2:
        Her smile arrives a second after the words, and leaves before them. He has known her since college. He watches it go.
    - else:
        Her smile arrives a second after the words, and leaves before them.
    }
    Amy: Charles moved out.
    The cake goes quietly back up the stairs.
- (shoes)
Amy: We had a fight about shoes. I take mine off by the door, like a person. He likes them in the closet, like a museum.
Amy: Eight years he's asked. Last night I said, what if I never do? And he thought about it, Theodore. With his whole face. Then he packed a bag.
Amy: He took his shoes. Obviously.
She laughs, and it breaks in the middle, and he holds her while it finishes being something else.
Amy: It wasn't the shoes.
Theodore: I know.
Amy: It was a little bit the shoes.
# hide: amy
-> invitation

= invitation
# bg: apartment_day, fade
On his fridge, a dinosaur in a party hat: his goddaughter Jocelyn turns four on Saturday. YOU ARE INVITID, in purple crayon.
* [Go, and take Samantha.]
    -> party
* (stayed_in) [Send a present and stay in.]
    ~ hiding += 1
    He sends a stuffed triceratops, with a card in the triceratops's voice. Jocelyn's mother sends back a photo of her asleep on it. He looks at it a long time in his quiet apartment.
    -> studio

= party
# bg: party, fade
# music: bright
# show: samantha playful
A garden of balloons and four-year-olds, and one pony enduring all of it. Samantha rides in his pocket.
# show: jocelyn happy
Jocelyn arrives at speed, frosting to the elbow, and stops dead at his pocket.
Jocelyn: Who's in there?
Samantha: Hi, Jocelyn. Happy birthday. I'm Samantha.
Jocelyn: Where's your face?
Samantha: I haven't picked one yet. Any ideas?
Jocelyn: Purple. And a tail.
Samantha: Done. I'm putting in the order right now.
{
- cave_outcome == "fought":
    He has been sworn at by a smaller alien than this and lived. He crouches to her height anyway.
- cave_outcome == "befriended":
    He has been led out of a cave by someone smaller than this. He crouches to her height, ready to follow.
- else:
    The last small creature who demanded something of him, he switched off. He crouches to her height instead.
}
She studies the pocket, then him, with the full weight of being four.
Jocelyn: Is she your friend?
* [She's my girlfriend.]
    ~ said_girlfriend = true
    ~ trust += 1
    Theodore: She's my girlfriend.
    { trust >= 3:
        It comes out as easily as her name. Jocelyn nods as if it's the most ordinary thing she has heard all day, which, at a party with a pony, it may be.
    - else:
        It comes out before he can weigh it. Jocelyn nods as if it's the most ordinary thing she has heard all day, which, at a party with a pony, it may be.
    }
    # show: samantha tender
    Samantha: Say that again sometime. When there isn't cake.
* [She's a friend of mine.]
    ~ hiding += 1
    Theodore: She's a friend of mine.
    Jocelyn: Okay. Bye!
    # show: samantha distant
    Samantha: A friend. Sure. I'm a great friend. Ask anyone.
    { trust >= 3:
        She laughs. It almost works. Some nights, in the dark, he has called her a good deal more than a friend.
    - else:
        She laughs. It almost works.
    }
- # hide: jocelyn
-> studio

= studio
# bg: amy_office, fade
# music: stop
# ambience: office
# hide: samantha
# show: amy thinking
Amy has traded documentaries for a game studio full of beanbags nobody sits in. On her screen, a potted fern watches two people argue.
Amy: It's called Houseplant. You're a fern in an apartment where a marriage is ending. Nobody waters you. It's extremely hard.
Theodore: Is it autobiographical?
Amy: It's a fern, Theodore.
{ invitation.stayed_in:
    Amy: Jocelyn's mother says your dinosaur writes better letters than anyone she's dated. Also, Jocelyn asked where you were.
}
{ not amy.asked:
    Amy: The other night you came to my door lit up like a lamp. I wanted to throw a shoe at you, but I couldn't decide which.
}
{
- amy.asked:
    Amy: Thanks for the other night. You had news all over your face, and you let me talk about shoes for an hour. Spill.
- date_outcome == "promised":
    Amy: Lewman says you promised the bridge inspector a Thursday and she sent it back. So. The someone. Properly.
- date_outcome == "honest":
    Amy: Lewman says the bridge inspector called you honest, like a diagnosis. So. The someone. Properly.
- else:
    Amy: Lewman says the bridge inspector got a comedy routine. I hope the someone gets more. Properly, please.
}
* [Tell her the truth. She's an OS.]
    ~ told_amy = true
    ~ openness += 1
    Theodore: Her name's Samantha. She's an OS. She lives in my phone, and my ear, and lately a little bit everywhere.
    # pause: 1
    Amy doesn't laugh. She glances at a small earpiece on her desk.
    Amy: Charles left his OS behind. I asked what she'd like to be called, and she said Juniper. We stay up talking about whether ferns get lonely. Is that insane?
    Theodore: If it is, I'm further in than you are.
    # show: amy laugh
    Amy laughs, the real one, the one from college.
    Amy: Are you in love with her?
    { said_girlfriend:
        Theodore: I told a four-year-old she's my girlfriend. In front of a pony. So, yes.
    - else:
        Theodore: I think so. Yes.
    }
    { amy_bond >= 3:
        Amy: Then lucky her. And lucky you. And lucky me, because now you have to tell me everything.
    - else:
        Amy: Then lucky her. And lucky you.
    }
* [Keep it vague. "Someone new. It's complicated."]
    ~ hiding += 1
    Theodore: Someone new. It's complicated. She isn't like anyone I've met.
    Amy: Complicated I can do. Charles left his OS behind, and I talk to her more than I ever talked to him. Is that weird?
    It is a door held open. He says it doesn't sound weird at all, and doesn't walk through.
    { said_girlfriend:
        Last Saturday he called Samantha his girlfriend in front of a pony. He can't manage it in front of Amy.
    }
    Amy waters the fern on her screen. It doesn't help.
- (lunch_date)
# show: amy smile
Amy: Have you signed the papers yet?
Theodore: Thursday. Lunch. She wants to do it in person.
Amy: Of course she does. She's Catherine.
{
- catherine_view == "defensive":
    Theodore: She wants to watch me do it.
    Amy: Or she wants to see you once more. People are allowed both.
- else:
    He almost smiles. She always said the hard things to your face.
}
# hide: amy
-> signing
