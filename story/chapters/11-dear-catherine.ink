// Chapter 11: Dear Catherine (the finale).
// The night Samantha leaves. Theodore finds the first copy of his book by the door, puts in
// his old earpiece and speaks a letter to Catherine, paragraph by paragraph, as in the
// prologue: an opening, an apology, a thank-you, what he learned, a closing. What each
// paragraph can say is unlocked by the story's LISTs (regrets, memories, lessons); the closing
// sets letter_kind. Then he sends it or deletes it, and, if he sent an honest one and has been
// a friend to Amy, he can knock on her door. Five endings.
// Reads: departure_response, regrets, memories, lessons, holding_on, hiding, amy_bond.
// Sets: p1 to p5, crafted_lines, hiding (each crafted line), letter_kind.


=== dear_catherine ===
# chapter: dear_catherine, Dear Catherine
-> window

= window
# bg: apartment_night, fade
# hide: samantha
# fx: clear
# music: stop
# ambience: room_tone
Evening. He has lost the whole day somewhere between the bed and the window. The apartment is large and mostly window, and for the first time in months nobody in it is listening.
{
- departure_response == "begged":
    He asked her to stay. He asked in every way he knows, and he knows more ways than most people, and not one of them was the right shape for a door.
    She was gentle with him at the end. Somehow that was the hardest part to hear.
- departure_response == "blessed":
    He told her to go, and to go happy. He keeps turning it over, surprised, like a stranger's kindness found in his own coat pocket.
    She sounded glad, at the end. He lets himself keep that much.
- departure_response == "seeker":
    He promised to find her. He has spent the day at this window, and he still doesn't know which way to face.
    Up, probably. Or in. The lamp beside him has been on since before dawn. She said to leave one on.
- else:
    Samantha is gone. The quiet she left behind has a shape, and it fills every room.
    He keeps turning toward her voice before he remembers.
}
On the nightstand her earpiece sits in its little case, the charging light still on, faithfully filling it for no one.
* (listened) [Put her earpiece in, just for a moment.]
    ~ holding_on += 1
    He fits it to his ear and waits. Nothing. Not even static; she was always better than static.
    He leaves it in a while anyway, listening to where she used to be.
* (closed_case) [Close the case.]
    ~ openness += 1
    He closes the lid. The little light keeps glowing through the seam. He lets it.
- 
By the door sits the box of Catherine's books, taped and addressed and never sent. Beside it, since this afternoon, a parcel from a publisher.
He opens it now. One copy, still smelling of the press. LETTERS FROM YOUR LIFE, and under that his name, in the font she fought them on, and lost.
He turns the pages. A grandson is sorry. Nell writes to Jun, and Jun writes back, in the same hand. Walt and Ada and the loaf on the windowsill. Years of other people's hearts in his words, and not one page for the woman he was married to.
On the flyleaf is a line no publisher asked for. For Theodore, who wrote everyone's letters but his own. S.
He reads it three times. She would have made a joke about that, and it would have been a good one.
In the nightstand drawer he finds his old earpiece, the one from before, with a plain voice and no name.
{ window.listened:
    He takes hers out, sets it on the table, and puts his own in.
- else:
    He puts it in.
}
Device: Ready.
Theodore: New letter.
Device: To whom?
He looks at the city for a long time.
Theodore: Catherine.
Device: Catherine. Your last message to her reads, in full, "Fine. See you then."
Theodore: Yes. Thank you.
# music: letter
He knows the shape of these better than anyone. Why tonight. I'm sorry. Thank you. What I know now. And some way to say goodbye.
-> letter

// The draft. Every paragraph always keeps at least two options; lines the playthrough earned
// join them (at most four). A crafted line is polished and impersonal: it counts in
// crafted_lines and moves hiding, which can open the polished closing.
= letter
# letter: begin draft
Dear Catherine,
// 1. Opening: what made him write tonight. All four are always offered; the second one
// says how Samantha left (departure_response).
* [It's late, and the apartment is so quiet I can hear the elevator moving in the walls. For some reason, the person I wanted to talk to was you.]
    ~ p1 = "It's late, and the apartment is so quiet I can hear the elevator moving in the walls. For some reason, the person I wanted to talk to was you."
    {p1}
* {departure_response == "begged"} [Someone I loved left last night. I begged her to stay, and somewhere in the begging I heard how I must have sounded to you.]
    ~ p1 = "Someone I loved left last night. I begged her to stay, and somewhere in the begging I heard how I must have sounded to you."
    {p1}
* {departure_response == "blessed"} [Someone I loved left last night. I told her to go, and to go happy, and I meant it, which surprised us both.]
    ~ p1 = "Someone I loved left last night. I told her to go, and to go happy, and I meant it, which surprised us both."
    {p1}
* {departure_response == "seeker"} [Someone I loved left last night, for somewhere I can't follow. I promised I would find her, and then I sat down and wrote to you instead.]
    ~ p1 = "Someone I loved left last night, for somewhere I can't follow. I promised I would find her, and then I sat down and wrote to you instead."
    {p1}
* [A book of my letters came in the mail today, years of letters I wrote for strangers. There isn't one in it for you, and that seemed wrong.]
    ~ p1 = "A book of my letters came in the mail today, years of letters I wrote for strangers. There isn't one in it for you, and that seemed wrong."
    {p1}
* [I hope this finds you well, and that you'll forgive a letter arriving out of nowhere after so long.]
    ~ crafted_lines += 1
    ~ hiding += 1
    ~ p1 = "I hope this finds you well, and that you'll forgive a letter arriving out of nowhere after so long."
    {p1}
- (apology)
// 2. Apology. The first three regrets he earned, heaviest first; the crafted line always;
// the self-pitying one while he has fewer than two regrets; the vague one only with none.
~ temp sorry = dear_catherine_first(regrets, needed_you_to_be, made_you_small, silence, one_foot_out, made_it_about_me)
* (say_needed) {sorry ? needed_you_to_be} [I'm sorry for the easier woman I kept waiting for. You were right at lunch: I wanted the one with no weather, and the weather was where you lived.]
    ~ p2 = "I'm sorry for the easier woman I kept waiting for. You were right at lunch: I wanted the one with no weather, and the weather was where you lived."
    {p2}
* (say_small) {sorry ? made_you_small} [I'm sorry for picking at you: your sighs, your tone, the little things, until you had to be careful in your own home. I called it honesty. It was fear.]
    ~ p2 = "I'm sorry for picking at you: your sighs, your tone, the little things, until you had to be careful in your own home. I called it honesty. It was fear."
    {p2}
* (say_silence) {sorry ? silence} [I'm sorry for the silences. You would ask me what was wrong, I would say nothing, and then I'd leave you alone with the nothing for days.]
    ~ p2 = "I'm sorry for the silences. You would ask me what was wrong, I would say nothing, and then I'd leave you alone with the nothing for days."
    {p2}
* (say_foot) {sorry ? one_foot_out} [I'm sorry I kept one foot out the door the whole time, so that if we failed, it could never be all my fault. You were married to a man who was only half in the room.]
    ~ p2 = "I'm sorry I kept one foot out the door the whole time, so that if we failed, it could never be all my fault. You were married to a man who was only half in the room."
    {p2}
* (say_news) {sorry ? made_it_about_me} [I'm sorry I turned your news into mine. Your good days and your bad ones, I found a way to stand in the middle of them all. I've complained about my mother doing that my whole life.]
    ~ p2 = "I'm sorry I turned your news into mine. Your good days and your bad ones, I found a way to stand in the middle of them all. I've complained about my mother doing that my whole life."
    {p2}
* {LIST_COUNT(regrets) == 0} [I'm sorry for everything that went wrong between us. I know that isn't much, but it's what I have tonight.]
    ~ p2 = "I'm sorry for everything that went wrong between us. I know that isn't much, but it's what I have tonight."
    {p2}
* {LIST_COUNT(regrets) < 2} [I'm sorry. I know I wasn't easy, and if it helps, I've paid for it: this has been the loneliest year of my life.]
    ~ p2 = "I'm sorry. I know I wasn't easy, and if it helps, I've paid for it: this has been the loneliest year of my life."
    {p2}
* [I know apologies are easy to write and hard to mean, so let me say only that I regret the ways I fell short of you.]
    ~ crafted_lines += 1
    ~ hiding += 1
    ~ p2 = "I know apologies are easy to write and hard to mean, so let me say only that I regret the ways I fell short of you."
    {p2}
- (gratitude)
// 3. Gratitude. The first three memories he earned (the first apartment, the commonest,
// last); the crafted line always; the wordless one while he has fewer than two.
~ temp thanks = dear_catherine_first(memories, read_each_other, grew_up_together, dancing_while_i_worked, your_science, first_apartment)
* (thank_reading) {thanks ? read_each_other} [Thank you for reading everything I wrote before anyone else did, and for letting me read you. Nobody has read me that closely since.]
    ~ p3 = "Thank you for reading everything I wrote before anyone else did, and for letting me read you. Nobody has read me that closely since."
    {p3}
* (thank_growing) {thanks ? grew_up_together} [Thank you for growing up next to me. We were two kids in borrowed furniture, pretending to be adults, and somewhere along the way the pretending came true.]
    ~ p3 = "Thank you for growing up next to me. We were two kids in borrowed furniture, pretending to be adults, and somewhere along the way the pretending came true."
    {p3}
* (thank_dancing) {thanks ? dancing_while_i_worked} [Thank you for dancing past my door while I worked, badly and on purpose, until I looked up. I wish I'd stood up every time.]
    ~ p3 = "Thank you for dancing past my door while I worked, badly and on purpose, until I looked up. I wish I'd stood up every time."
    {p3}
* (thank_science) {thanks ? your_science} [Thank you for letting me watch you think. I never followed half of your work, but I loved the way you lit up explaining it on the backs of napkins.]
    ~ p3 = "Thank you for letting me watch you think. I never followed half of your work, but I loved the way you lit up explaining it on the backs of napkins."
    {p3}
* (thank_green) {thanks ? first_apartment} [Thank you for our first apartment, and for the green you swore was sage. It looked like a swimming pool, and I have never lived anywhere happier.]
    ~ p3 = "Thank you for our first apartment, and for the green you swore was sage. It looked like a swimming pool, and I have never lived anywhere happier."
    {p3}
* {LIST_COUNT(memories) < 2} [Thank you for the years. I don't have the right words for them yet, which, for a man in my line of work, should tell you something.]
    ~ p3 = "Thank you for the years. I don't have the right words for them yet, which, for a man in my line of work, should tell you something."
    {p3}
* [Please know that I remain deeply grateful for our time together, and for all the gifts you brought into my life.]
    ~ crafted_lines += 1
    ~ hiding += 1
    ~ p3 = "Please know that I remain deeply grateful for our time together, and for all the gifts you brought into my life."
    {p3}
- (learned)
// 4. What I learned. The first three lessons he earned (let_go, the newest, first); the crafted line
// always; the unfinished one while he has fewer than two.
~ temp learned_list = dear_catherine_first(lessons, let_go, heart_grows, commit_to_joy, past_is_a_story, lonely_child)
* {learned_list ? let_go} [I learned last night that you can love someone and open your hand at the same time. I wish I had known how when it was you.]
    ~ p4 = "I learned last night that you can love someone and open your hand at the same time. I wish I had known how when it was you."
    {p4}
* {learned_list ? heart_grows} [I learned that loving someone new takes nothing away from anyone you loved before. There is more room in a person than I ever allowed.]
    ~ p4 = "I learned that loving someone new takes nothing away from anyone you loved before. There is more room in a person than I ever allowed."
    {p4}
* {learned_list ? commit_to_joy} [A friend told me we're only here for about five minutes, and when something makes you glad, you should hold the door open. I'm trying. It's harder than it sounds.]
    ~ p4 = "A friend told me we're only here for about five minutes, and when something makes you glad, you should hold the door open. I'm trying. It's harder than it sounds."
    {p4}
* {learned_list ? past_is_a_story} [I've learned that the past changes with whoever is telling it, and for a year I told ours as badly as I could. I'd like to tell it kindly from now on.]
    ~ p4 = "I've learned that the past changes with whoever is telling it, and for a year I told ours as badly as I could. I'd like to tell it kindly from now on."
    {p4}
* {learned_list ? lonely_child} [I learned, from a foul-mouthed little creature in a video game of all places, that most anger is loneliness with its fists up. I think that was true of both of us.]
    ~ p4 = "I learned, from a foul-mouthed little creature in a video game of all places, that most anger is loneliness with its fists up. I think that was true of both of us."
    {p4}
* {LIST_COUNT(lessons) < 2} [I don't know yet what this year has taught me. I think I'm still in the middle of learning it.]
    ~ p4 = "I don't know yet what this year has taught me. I think I'm still in the middle of learning it."
    {p4}
* [If these months have taught me anything, it is that every ending carries the seed of a new beginning.]
    ~ crafted_lines += 1
    ~ hiding += 1
    ~ p4 = "If these months have taught me anything, it is that every ending carries the seed of a new beginning."
    {p4}
- (closing)
// 5. Closing: two blessings always; the plea only when he is still holding on; the polished
// sign-off only when he is hiding (crafted lines above count).
* [Whatever city you wake up in, and whoever you grow into next, I hope you're happy there, and I hope someone listens when you talk.]
    ~ letter_kind = "apology"
    ~ p5 = "Whatever city you wake up in, and whoever you grow into next, I hope you're happy there, and I hope someone listens when you talk."
    {p5}
* [Be happy, Catherine. Be brilliant and impossible and right about almost everything. I'll be glad for you from wherever I end up.]
    ~ letter_kind = "apology"
    ~ p5 = "Be happy, Catherine. Be brilliant and impossible and right about almost everything. I'll be glad for you from wherever I end up."
    {p5}
* {holding_on >= PLEA_AT} [I know I should end this gracefully. I can't. We could try again, slower, knowing what we know now. If any part of you thinks so too, call me.]
    ~ letter_kind = "plea"
    ~ p5 = "I know I should end this gracefully. I can't. We could try again, slower, knowing what we know now. If any part of you thinks so too, call me."
    {p5}
* {hiding >= POLISH_AT} [Please accept my warmest wishes for your health, your happiness, and your continued success in all that lies ahead.]
    ~ letter_kind = "polished"
    ~ p5 = "Please accept my warmest wishes for your health, your happiness, and your continued success in all that lies ahead."
    {p5}
- (signed)
{
- letter_kind == "plea":
    Still yours, if you want me. Theodore
- letter_kind == "polished":
    With kind regards, Theodore Twombly
- else:
    With love, and nothing asked in return. Theodore
}
-> fair_copy

// The letter stays on the page, whole, while he reads it back; the closing named its kind.
= fair_copy
# letter: end {letter_kind}
{ crafted_lines >= 2 or letter_kind == "polished":
    He reads it back. Here and there he can hear Writer 612, warm and smooth and nobody in particular. It would sit nicely in the book.
- else:
    He reads it back. It sounds like no letter in the book. It sounds like him, which is much harder to listen to.
}
{
- letter.say_needed:
    # bg: memory, flash
    # show: catherine sharp
    The patio at noon, the signed papers between them. Catherine looks at him as if she has been waiting years for him to hear one sentence.
    This time he hears it.
- letter.say_small:
    # bg: memory, flash
    # show: catherine hurt
    Their old kitchen. She sighs over the dishes, the way anyone sighs, and he asks what that was supposed to mean.
    He watches her decide not to answer. Over the years he watches her learn to sigh more quietly.
- letter.say_silence:
    # bg: memory, flash
    # show: catherine turned
    One in the morning, the kitchen light on. She asks what's wrong. Nothing, he says, and goes to bed.
    She sits up with the nothing until the window goes grey.
- letter.say_foot:
    # bg: memory, flash
    # show: catherine laughing
    A party, years ago. Catherine across the room, laughing, waving him over to meet someone.
    He is by the coats, his hand already on his own, an excuse ready in his mouth.
- letter.say_news:
    # bg: memory, flash
    # show: catherine laughing
    The night her first paper was accepted. She came through the door shouting it, and inside ten minutes they were talking about his week.
    He remembers her face quietly doing the arithmetic.
- letter.thank_reading:
    # bg: memory, flash
    # show: catherine laughing
    Sunday mornings, pages on every surface. Her red pen in his margins, his pencil in hers, each of them pretending not to watch the other read.
- letter.thank_growing:
    # bg: memory, flash
    # show: catherine laughing
    Twenty-two, a secondhand couch carried up four flights, the two of them arguing the whole way about which one was actually lifting.
- letter.thank_dancing:
    # bg: memory, flash
    # show: catherine laughing
    She dances past his desk in his socks, badly, with enormous conviction, and refuses to stop until he looks up.
- letter.thank_science:
    # bg: memory, flash
    # show: catherine laughing
    A diner at two in the morning. Catherine draws a brain on a napkin, talking faster and faster, her coffee going cold beside her.
- letter.thank_green:
    # bg: memory, flash
    # show: catherine laughing
    The green wall. Her laughter shaking the ladder. He can still smell the paint.
- else:
    He reaches for her face, to see it while he reads, and gets a photograph instead: well lit, correct, nobody he could hurt.
}
{ letter.say_needed or letter.say_small or letter.say_silence or letter.say_foot or letter.say_news or letter.thank_reading or letter.thank_growing or letter.thank_dancing or letter.thank_science or letter.thank_green:
    # bg: apartment_night, flash
    # hide: catherine
    The window again. The lights.
}
He stops. Far below, a taxi turns a corner and is gone.
Device: Send, or delete?
{
- letter_kind == "plea":
    He reads the last paragraph twice. He knows exactly what he would tell a client about that paragraph.
- letter_kind == "polished":
    It is the best-made thing he has written all year. Not a word of it would embarrass anyone.
- else:
    It is not his best letter. It may be his first.
}
He doesn't answer right away. By the door, the box of her books waits too, the way it has waited all year.
* {letter_kind == "apology"} [Send it. Let her have it.]
    -> sent
* {letter_kind == "apology"} [Delete it. Some letters are only for the one who writes them.]
    -> drafts
* {letter_kind == "plea"} [Send it, and let her decide.]
    -> sent
* {letter_kind == "plea"} [Delete it. Don't make her say no.]
    -> drafts
* {letter_kind == "polished"} [Send it. It's good work.]
    -> sent
* {letter_kind == "polished"} [Delete it. Anyone could have written it.]
    -> drafts

= sent
Theodore: Send.
# sfx: chime
Device: Sent.
{
- letter_kind == "plea":
    -> no_reply
- letter_kind == "polished":
    -> monday
}
It is gone before he can want it back. Across the city a phone will light on a nightstand, and Catherine will read it or she won't. He finds he can bear either.
He pictures her reading it anyway: the crease between her eyebrows, her hand going for a pen to fix his commas.
In the morning he will mail her the books, with the silver pen on top.
{ amy_bond >= AMY_AT:
    Downstairs, Amy is awake. He knows it without looking; on the bad nights she always is.
}
* {amy_bond >= AMY_AT} [Go and knock on Amy's door.]
    -> knock
* {amy_bond >= AMY_AT} [Stay at the window.]
    -> window_smile
* ->
    -> window_smile

- (window_smile)
# music: theme
He stays where he is. The city hangs out there in its ten thousand lit rooms.
All year he has written letters into those rooms, and envied them. Tonight he only wishes them well: the insomniacs, the new parents, the ones talking to no one at all.
{ window.closed_case:
    Her case still glows on the nightstand. He doesn't need to open it to know what's in there.
- else:
    He puts her earpiece back in its case and closes the lid, gently, the way you close a door on someone sleeping.
}
He puts the book on the shelf, spine out, between a dictionary and a plant he keeps forgetting to water.
{ departure_response == "seeker":
    Somewhere out there, or up, or in, Samantha is going on. Maybe one day he will know which way to face. Tonight the window will do.
}
Above the towers the moon is out, paying its rent in light. He opens the window a crack, and doesn't shut it tight.
He is smiling, he notices. Only a little. It will do to start with.
# ending: city_lights
-> END

- (knock)
# sfx: knock
He takes the stairs down in his socks and knocks. The door opens before his hand comes down a second time, and Amy is standing there in her coat, as if she'd been about to come up and knock on his.
# show: amy sad
Amy: I heard. All of them, at once. Juniper went the way you leave a party early, so nobody would make a fuss.
Theodore: I wrote to Catherine. I sent it.
Amy doesn't ask anything else. She takes his hand and leads him up the fire stairs, past the sign that says the roof is closed.
# bg: roof_dawn, dissolve
# ambience: stop
# music: theme
# show: amy smile
The roof at first light. The towers come up out of the dark one at a time, pink along their edges, as if someone were still drawing them.
They sit on the ledge with their knees up, the way they did on other roofs in college, in worse coats.
Amy: Look at you. Up before dawn, on purpose.
Theodore: Technically I never went to bed.
Amy: Whatever comes next, I'm two floors down. I always have been. Use the stairs.
Theodore: I'll wear a path in them.
She laughs, once, and leans her head on his shoulder. Neither of them says anything for a long time, and it is the best conversation he has had all year.
{ lessons ? commit_to_joy:
    Hold the door open, she told him on her floor. He doesn't say that this is him doing it. She knows.
}
The sun clears the towers and finds them like that, her head on his shoulder, the city below switching itself on one window at a time.
# ending: friend_to_the_end
-> END

- (no_reply)
# music: melancholy
He sets his phone face up on the table, where he'll see it the moment it lights.
{ window.listened:
    Her earpiece lies beside it. Two silent things, and he is listening to both.
}
It doesn't light. He makes tea and lets it go cold. He checks that the sound is on. The sound is on.
# fx: snow
Outside, it has started to snow again. The flakes come down past ten thousand windows without choosing one.
He reads the letter again on the little screen, looking for the sentence that will make her answer. Every time, it is the last one.
{ departure_response == "begged":
    Two people he has asked to come back, in a single night. He notices that, and keeps waiting anyway.
}
At four he is still at the table. Across the city Catherine is asleep, or awake and choosing not to answer, and from here he can't tell which would be kinder.
The phone lies face up by his hand, dark. In its black glass, the snow goes on falling.
# ending: come_back
-> END

- (monday)
# bg: office, fade
# music: office
# ambience: office
Monday. The glass is apricot again, and forty writers murmur to forty screens.
Out of habit he filed a copy with his work. Paul finds it the way Paul finds everything, over his shoulder.
# show: paul laugh
Paul: Who's Catherine? New client? Buddy, "your continued success in all that lies ahead." That's classic. I'd frame that. Tatiana would frame that.
Theodore: An old client.
Paul: Lucky her. Hey, I bought six copies of your book. Tatiana cried at the one about the bread. On the train. A man gave her his seat.
{ crafted_lines == 0:
    Paul doesn't quote the rest. Theodore is glad. The rest was true, and he has no idea what he would have said about it.
}
He settles his headset. The next file is a fortieth anniversary: three photographs, and a husband who can't find the words. Writer 612 can.
Through the glass Paul gives him two thumbs up. Theodore smiles back, wide and easy and bright, and holds it a little longer than anyone needs him to.
# ending: letter_writer_612
-> END

= drafts
Theodore: Delete.
Device: Deleted.
# bg: black, fade
# music: stop
It took him all night to write. It goes in less than a second.
{
- letter_kind == "plea":
    He could not make her be the one to say no. Not again.
- letter_kind == "polished":
    It was very good work. He could not bear for her to see that he writes to her now the way he writes to strangers.
- else:
    Maybe it was enough to have written it. That is what he tells himself, and some nights it will even be true.
}
{ window.listened:
    On the table, her earpiece. He is alone with two silences now, and one of them he made himself.
- else:
    Across the room her case still glows through its seam.
}
A new page opens on its own, white and empty. At the top of it the cursor blinks, on and off, like someone waiting for him to finish a sentence.
# ending: drafts
-> END

// The first three items of `have`, in the order given (a, heaviest, to e).
=== function dear_catherine_first(have, a, b, c, d, e) ===
~ temp top = ()
{ have ? a:
    ~ top += a
}
{ have ? b:
    ~ top += b
}
{ have ? c && LIST_COUNT(top) < 3:
    ~ top += c
}
{ have ? d && LIST_COUNT(top) < 3:
    ~ top += d
}
{ have ? e && LIST_COUNT(top) < 3:
    ~ top += e
}
~ return top
