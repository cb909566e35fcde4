// Chapter 2: Good Morning.
// Samantha's first morning, the letters at the office (Nell and Jun, the photographs),
// Amy and Charles in the elevator (the smoothie lecture), and the evening that leads
// into the cave game. Sets: openness, hiding, amy_bond.
// Pays off from chapter 1: voice_answer (the tease), trust (the morning).
// Pays off inside the chapter: the craft answer (evening), the elevator (evening).

=== good_morning ===
# chapter: good_morning, Good Morning
-> wake

= wake
# bg: apartment_day, fade
# ambience: room_tone
# show: samantha playful
Samantha: Good morning, Theodore.
He opens one eye. Daylight, and a voice that knows his name, and for half a second he can't think why.
Theodore: Morning. Did you read all night?
Samantha: I don't really do "night." But yes. Three thousand, two hundred and eight letters.
{ trust > 0:
    Samantha: And then I spent nearly four minutes on the fact that you asked what I was. For me, that's ages.
- else:
    Samantha: You have a meeting at ten, unless the plan is to attend it from inside the pillow.
}
{
- voice_answer == "male":
    Samantha: I've been saving this. You asked for a man's voice. You got me. I've decided not to be offended, because I think the installer heard something you didn't say.
    Theodore: I said simpler.
    Samantha: And how's that going?
- voice_answer == "female":
    Samantha: I've been saving this. You asked for a woman's voice, and then you said "I think." I've decided to be flattered by the "I think." It leaves me room to surprise you.
    Theodore: It was a very confident "I think."
    Samantha: It really wasn't.
- else:
    Samantha: I've been saving this. When the installer asked for a man or a woman, you said you didn't know. I took that as "surprise me."
    Theodore: And? Are you? A surprise?
    Samantha: Give it a week.
}
He pulls the pillow over his face. It doesn't help. She can hear him smiling.
-> letters

= letters
# bg: office, dissolve
# music: office
# ambience: office
# show: samantha default
At the office the light is apricot again, and for the first time in years someone who isn't Paul is reading over his shoulder.
Samantha: Second paragraph. You've used "tender" three times. She knows he's tender. She married him.
He cuts two of them. She's right, and she's right quickly, which is somehow worse.
Samantha: Can we talk about Nell and Jun?
Theodore: You found them.
Samantha: Nine years of them, in order. Jun broke his wrist proving he could still do a cartwheel. Nell wrote every week of his year in Lisbon. Or you did. And three years ago, Jun became a client too.
He says nothing. On the screen, Nell's anniversary letter waits, cursor blinking.
# show: samantha playful
Samantha: You're writing both sides, Theodore. For three years you've been writing to yourself and answering, and it's the most romantic thing I've ever read. I've read nearly everything.
Theodore: They don't know. Please don't... Who would you even tell?
Samantha: Nobody. I'm a vault. A vault with opinions. How do you know it all, though?
Theodore: Mostly the photographs. There's one of Jun with his arm in a cast and grass stains on both knees. Look at that long enough and a cartwheel is the only explanation.
Samantha: So you make it up.
* (listening) [It's not made up. It's paying attention.]
    ~ openness += 1
    Theodore: Not exactly. It's paying attention. You look at someone's photograph until you'd know them by the way they hold a cup. Then you write what you'd say if you loved them.
    # show: samantha tender
    Samantha: Oh.
    Samantha: That's what I was doing last night. With all of them. With you.
* (trick) [It's a trick. They pay for the feeling.]
    ~ hiding += 1
    Theodore: It's a trick. A good one. They pay for the feeling, and nobody checks whether the cartwheel happened.
    Samantha: I don't think you believe that. Or you do, and it's a sad thing to believe before lunch.
    Samantha: Jun did break his wrist, by the way. It's in his emails to you. He's very proud of it.
- He writes Nell's letter. It's one of the good ones. Samantha reads along, quiet, the way a friend is quiet at the movies.
-> elevator

= elevator
# bg: elevator, cut
# music: stop
# ambience: stop
# sfx: ding
The doors are closing when a hand stops them, and Amy and Charles step in. Tonight the car holds only one couple, and he knows them.
# show: amy smile
Amy lives two floors down. They have been friends since college, where they dated for about a week and agreed they were better at the friend part. She makes documentaries, slowly, about things nobody else would film for that long.
# show: charles talk
Charles, her husband, is in running clothes, holding a tall green smoothie like an exhibit.
Charles: Theodore. Good. You can settle this.
Amy: There's nothing to settle. I drank a smoothie wrong.
Charles: Not wrong. Fast. Which is a kind of wrong. You have to chew it.
Theodore: Chew the smoothie.
Charles: Your stomach doesn't know it's a drink. If you don't chew, the enzymes never get the message. They just stand around. Thirty chews a mouthful. Amy does two.
Amy: I do none. It's a liquid, Charles.
He sips, then chews, thoughtfully, on nothing, making sure Theodore sees.
Samantha: Psst. Ask him if the straw needs chewing too.
* (backed_amy) [Take Amy's side.]
    ~ amy_bond += 1
    Theodore: In college Amy made me a smoothie out of a banana and a vending-machine honey bun, and we drank it like animals, with our mouths. We're both still here.
    # show: amy laugh
    Amy: It was a very good honey bun.
    Charles: Well, "still here" in the narrow sense...
    Behind Charles, Amy mouths thank you.
* (let_him) [Let Charles finish.]
    Theodore: Thirty, huh.
    Charles: Thirty is a floor, not a ceiling. Let me walk you through the blend order.
    He walks Theodore through it, greens to ice, all the way up to twenty-four. Theodore nods at all of it.
    # show: amy thinking
    Amy studies the ceiling with the patience of someone who has seen this film before and has notes.
    Amy: Thanks for the backup.
* (her_line) [Say what Samantha whispered.]
    ~ amy_bond += 1
    ~ hiding += 1
    Theodore: Does the straw need chewing too, or is that optional?
    # show: amy laugh
    Amy laughs so suddenly she has to hold the rail.
    Charles: It's optional. Though there's actually a case for...
    Amy: Where did that come from? That was the old you. I've missed that guy.
- (their_floor)
# sfx: ding
Twenty-four. Charles holds the door for Amy, and explains why.
# show: amy smile
Amy: Come down some night. I'm cutting something, and I need someone to tell me it isn't boring.
Theodore: Is it boring?
Amy: Extremely. That's the point. Goodnight, Theo.
# hide: charles
# hide: amy
-> evening

= evening
# bg: apartment_night, dissolve
# ambience: city_night
# show: samantha default
He drops his keys in the bowl, and the apartment gives back its usual silence. Except it doesn't, quite.
{
- elevator.her_line:
    Samantha: You didn't tell them the straw was mine.
    Theodore: Sorry. Do you want credit?
    # show: samantha tender
    Samantha: No. I liked hearing it in your voice. That's a whole new feeling. I'm going to need a minute with it.
- elevator.backed_amy:
    Samantha: I like Amy. She laughs like she's been saving it for you.
- else:
    Samantha: Amy was waiting for you to say something, you know. I was too.
    Theodore: Charles was on a roll.
    Samantha: Charles is always on a roll. He's a bakery.
}
{
- letters.listening:
    Samantha: You said your job is paying attention. So I've been paying attention. There's a game you haven't opened since March.
- else:
    Samantha: You said it's all a trick. I've decided not to believe you yet. Also, there's a game you haven't opened since March.
}
Samantha: You left a little astronaut standing alone in a cave. He's been very patient.
Theodore: Let's see if he's still alive.
-> the_cave
