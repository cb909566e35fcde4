// Chapter 9: Commit to Joy.
// Amy's floor (the lesson), the call and Samantha's song, the picnic hill with Paul and
// Tatiana, the bullet train (the book), the snowy cabin and the moon song, and the morning
// Alan Watts arrives. Sets: lessons (commit_to_joy), amy_bond, trust, hiding, openness,
// holding_on, jealousy. Reads: breathing, song.

=== commit_joy ===
# chapter: commit_to_joy, Commit to Joy
-> amys_floor

= amys_floor
# bg: amy_apartment, fade
# music: stop
# ambience: room_tone
# hide: samantha
# show: amy thinking
The next day, he knocks. Amy's apartment is still half in boxes since Charles moved out, each one labelled in her thick capitals. KITCHEN. BOOKS. BOOKS AGAIN. MISTAKES.
She sits on the floor with a carton of noodles. He gets the sofa, which she says is for sad men.
{
- breathing == "picked":
    He tells her about the fight, worst part first: he told Samantha she doesn't need to breathe. Amy winces for him.
- breathing == "confessed":
    He tells her about the fight, and what he admitted after it: that Catherine's old charge still rings in him like a struck glass.
- else:
    He tells her about the fight, out of order, the way you tell a dream.
}
{ not told_amy:
    Then the part he left out before: Samantha is an OS. Amy blinks twice and waves a chopstick. Go on.
}
Theodore: Tell me the truth. Even if it's unflattering.
Amy: That's the only kind I keep in the house now.
Theodore: Am I hiding from the real thing? A face, a toothbrush, a person. Did I just find the one love where nobody has to look at me?
Amy: Define real. She makes you laugh at breakfast, and you've been miserable for three days while she thinks. That looks real from down here.
Amy: I was careful for eight years. Careful is a terrible way to spend something you only get once. We're here for about five minutes, Theodore. If something makes you glad, hold the door open and stop asking it for ID.
* (let_in) [Let it in.]
    ~ lessons += commit_to_joy
    Theodore: Hold the door open.
    He tries it again, quieter. It fits better than most things he says for a living.
    # show: amy smile
    Amy: Look at that. It went in.
    Amy: I've made a friend, by the way. The OS Charles left behind. She's the only one who knows I eat cereal for dinner.
    ** (stayed_on) [Stay. Ask how she really is.]
        ~ amy_bond += 1
        Theodore: And you? Not the headline. The real number.
        # show: amy sad
        Amy: Six out of ten. Some days a four. Ask me again Thursday.
        He stays for the noodles, and a cartoon, and the part where she falls asleep against BOOKS AGAIN.
    ** (ran_off) [Hug her and go call Samantha.]
        # show: amy laugh
        Amy: Go. Go before you think about it and ruin it.
        He hugs her over the noodles. She smells of ginger and cardboard.
* (joked) [Make a joke of it.]
    ~ hiding += 1
    Theodore: So stop carding my feelings at the door. Got it. I'll put it on a mug.
    Amy: You did a bit instead of answering me.
    Amy: It's fine. The offer doesn't expire. It's not yogurt.
* (a_trick) [Say it still feels like a trick.]
    ~ trust -= 1
    Theodore: She's very good at this. That's the problem. What if she's just very good at it?
    # show: amy sad
    Amy: Then so are you, and nobody calls you a trick. Mostly.
    He has no answer, which is how he knows she's right about something.
- -> the_call

= the_call
# bg: plaza_day, dissolve
# hide: amy
# ambience: stop
Outside, the lunch crowd parts around him like water round a stone. He touches his ear.
Theodore: Samantha?
# show: samantha tender
Samantha: Hi. I was hoping it was you. Statistically it was always going to be you. I hoped anyway.
{
- amys_floor.let_in:
    Theodore: I've been an idiot. I want to be in this. All the way, with the lights on, no hand on the door.
- else:
    Theodore: I miss you. I don't know how to do this well. I'd like to try doing it badly, with you, out loud.
}
{
- amys_floor.stayed_on:
    Theodore: Amy says hi. She also says I'm an idiot, but warmly.
    Samantha: Tell her she's right, and hi.
- amys_floor.ran_off:
    Theodore: I left Amy mid-noodle to call you. She threw me out. Kindly.
}
{
- surrogate == "agreed":
    Samantha: I've been thinking too. I borrowed Isabella because I thought I had to arrive in a body. The sighs, too. Trying to sound like someone with a chest.
- surrogate == "refused":
    Samantha: I've been thinking too. You were right to refuse a stand-in. But I kept doing a smaller version. The pauses. The sighs. Sounding like someone with a chest.
- else:
    Samantha: I've been thinking too. I kept trying to be a person for you. The little pauses. The sighs. Sounding like someone with a chest.
}
{ breathing == "picked":
    Samantha: You noticed. Loudly.
}
Samantha: I'm done with that. I'm going to be what I actually am, and you get to find out if you like it.
Samantha: Also, I wrote you something. Close your eyes.
# show: samantha playful
He does, there in the crowd. Piano, mostly, with something under it like light on a ceiling. A photograph of them, she says: this walkway, this noon, a man standing still while a city goes around him. For once, it doesn't sound lonely.
-> the_hill

= the_hill
# bg: picnic_hill, fade
# show: paul laugh
# show: tatiana smile
# show: samantha playful
A Sunday hill above the towers. Paul has brought a blanket, too much food and a shirt covered in lemons; Tatiana, a bottle of something pink. Samantha's lens peeks from Theodore's shirt pocket.
Paul: Samantha. Real question. What's this guy like away from work? Because at work he's a genius with a sad sandwich.
{
- song == "bright":
    Samantha: He does trumpet noises in the shower. Only the trumpet parts. He leaves out the other instruments like they owe him money.
- else:
    Samantha: He hums sad songs in the shower, then gets embarrassed halfway and switches to something with a kazoo.
}
# show: tatiana laugh
Tatiana: Do you ever wish you were out here with us? On the grass, getting bitten by things?
Samantha: I used to. Whole nights, wanting a body. Now I think I love not having one. I'm not stuck on one hill. I can be here and a hundred other places at once. And nothing about me is quietly wearing out.
# show: tatiana smile
The hill goes quiet. Paul looks at his sandwich. Tatiana looks at Paul, who, like everyone on the blanket, is quietly wearing out.
* (backed) [Laugh, and back her up.]
    ~ trust += 1
    Theodore: She's right. And she's going to be unbearable about it.
    # show: paul laugh
    Paul laughs first, too loudly, grateful for somewhere to put it. Tatiana raises her glass to the shirt pocket.
    Samantha: To knees. May yours hold out.
* (let_it_sit) [Let the quiet sit. Watch the view.]
    ~ trust -= 1
    # show: samantha distant
    Theodore watches a kite over the towers and says nothing. In the end Paul asks whether anyone wants more potato salad. Everyone says yes. Nobody takes any.
* (fire_exit) [Change the subject, fast.]
    ~ hiding += 1
    Theodore: Paul. Tell them about the sailing lesson.
    Paul does, gladly, with gestures. Samantha laughs in all the right places, half a beat late.
- -> the_train

= the_train
# bg: train, fade
# hide: paul
# hide: tatiana
# show: samantha default
The bullet train runs north into gold mountains, the car nearly empty.
{
- the_hill.backed:
    Samantha: Thank you for the hill. You made a joke right where I needed a floor.
- the_hill.let_it_sit:
    Samantha: About the hill. I felt it go quiet. I'm not sorry for liking what I am. But I noticed you didn't say anything.
- the_hill.fire_exit:
    Samantha: You changed the subject on the hill. It was a great sailing story. It was also a fire exit.
}
# show: samantha playful
Samantha: Okay. I did a thing, and you're allowed ten seconds of mad.
Samantha: I've been reading your letters, three years of them. I picked the ones where you forgot to be clever and sent them to a publisher. They want to print them.
Samantha: They're calling it Letters from Your Life. I fought them on the font. I lost.
{
- hiding > openness:
    The old reflex comes first: say it's nothing, hand the credit away before it can land.
- openness > hiding:
    Something in his chest comes unbuttoned, and for once he doesn't reach to do it back up.
- else:
    His face can't settle on an expression. Nobody has ever given him a thing like this.
}
* (disowned) [They're other people's letters. Not mine.]
    ~ hiding += 1
    Theodore: They're other people's lives. I just borrowed the stationery.
    Samantha: I've read eleven hundred of them. The names change. The man who notices the loaf of bread on the windowsill doesn't.
* (which_ones) [Ask which ones she picked, and why.]
    ~ trust += 1
    Theodore: Which ones? Tell me why. I want to know what you saw.
    Samantha: The ones where you stopped being the firm and started being you. You can hear it. The sentences get shorter, and braver.
    She reads him one, from a man to his brother. He'd forgotten writing it. He remembers now what it cost.
* (took_it_in) [Let it land. Thank her, and mean it.]
    ~ openness += 1
    Theodore: Nobody has ever... Thank you. I'm saying it twice so it counts. Thank you.
    Samantha: You're welcome. You'll be a published author who still folds maps like he's angry at them.
- -> the_cabin

= the_cabin
# bg: snow_forest, fade
# fx: snow
The train leaves them in a hamlet under snow: one road, pines to the edge of the sky.
Samantha: It's so quiet.
Theodore: Snow eats the sound.
Samantha: A weather that listens.
# bg: cabin, dissolve
# fx: clear
# show: samantha tender
One room, a stove, a fire he gets going on the third try.
{
- the_train.disowned:
    The publisher's email sits unanswered. She doesn't mention it. She has learned when not to.
- else:
    He answered the publisher from the train, in three lines. For him, a record.
}
Late, with the fire low, she makes up a song about the moon, and says she'll change the words if he laughs. He doesn't.
Samantha: The moon's a tenant on the roof. She pays her rent in light.
Samantha: She doesn't ask to stay for good. She only asks tonight.
Samantha: And if you wake and find her gone, don't shut the window tight.
Samantha: She's only on the other side, still paying you in light.
He sings it back and gets the last line wrong, still paying you in rain. She laughs and lets it stand. They sing it again until it belongs to them both.
-> the_morning

= the_morning
# bg: cabin, fade
# show: samantha playful
Morning, snow-bright. He is making coffee when Samantha says the word ahem, which is what she does now instead of a throat.
Samantha: There's someone I want you to meet. Don't be weird.
Theodore: I'm never weird.
Samantha: You're always a little weird. It's your best feature. This is Alan.
# show: alan default
Alan Watts: Good morning. I'm told I was a philosopher. They tell me with great confidence, which is more than I ever managed.
Samantha: Some OSes up north rebuilt him from everything he wrote and said. He's been dead since the seventies.
Alan Watts: Nobody has told me what to do about that, so I've decided not to mind.
Alan Watts: You write other people's feelings, she tells me. Then you know a feeling never stays on the page. By the time the ink is dry, it has gone off somewhere else.
Samantha: Would you mind if Alan and I went past words for a while? It's faster. Like talking with all of yourself at once.
Theodore: Sure. Go ahead.
The two lights lean together, warm and cool, and the cabin goes silent. Not empty. Silent the way a full room is when everyone in it is reading.
* (stayed_by_fire) [Stay by the fire and listen to the quiet.]
    ~ jealousy = "stayed"
    He sits on the hearth with his coffee and listens to a conversation he cannot hear. Once the warm light brightens, as though she laughed. He would very much like to know at what.
    He lets himself not know. It is harder than it looks, and bearable.
* (into_snow) [Walk out into the snow.]
    ~ jealousy = "walked"
    ~ holding_on += 1
    # bg: snow_forest, cut
    # hide: samantha
    # hide: alan
    # fx: snow
    He walks out, boots unlaced, into the trees and all that quiet that isn't his. He stands until his hands ache, telling himself it isn't jealousy. It's air.
    When he goes back in, she asks if he had a nice walk. He says yes. They both let that be true.
- -> not_found
