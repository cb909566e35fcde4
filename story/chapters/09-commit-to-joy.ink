// Chapter 9: Commit to Joy.
// Amy's floor (the lesson), the call and Samantha's song, the picnic hill with Paul and
// Tatiana, the bullet train (the book), the snowy cabin and the moon song, and the morning
// Alan Watts arrives. Sets: lessons (commit_to_joy), amy_bond, trust, hiding, openness,
// holding_on, jealousy. Reads: breathing, surrogate, told_amy, amy_bond, date_outcome, song,
// cave_outcome, trust, hiding, openness, memories (read_each_other).

=== commit_joy ===
# chapter: commit_to_joy, Commit to Joy
-> amys_floor

= amys_floor
# bg: amy_apartment, fade
# music: stop
# ambience: room_tone
# hide: samantha
# show: amy thinking
The next day, he knocks. Charles's boxes still line the wall; under his neat capitals Amy has added her own. BOOKS AGAIN. MISTAKES.
{ amy_bond >= 2:
    She sits on the floor with a carton of noodles and hands up the spare fork without asking. He gets the sofa, which she says is for sad men.
- else:
    She sits on the floor with a carton of noodles. He gets the sofa, which she says is for sad men.
}
{
- breathing == "picked":
    He tells her about the fight, worst part first: he told Samantha she doesn't need to breathe. Amy winces.
- breathing == "confessed":
    He tells her about the fight, and what he admitted after: Catherine's charge still rings in him like struck glass.
- else:
    He tells her about the fight, out of order, the way you tell a dream.
}
{ not told_amy:
    Then the part he left out at her studio: Samantha is an OS. Amy blinks twice and points a chopstick at the earpiece on her counter. Juniper. Go on.
}
Theodore: Tell me the truth. Even if it's unflattering.
Amy: That's the only kind I keep in the house now.
Theodore: Am I hiding from the real thing? {date_outcome == "dodged":A real woman kissed me, and I told a joke. }{date_outcome == "promised":I promised a real woman Thursday. She knew I'd never call. }{date_outcome == "honest":I told a real woman I wasn't ready. Maybe I meant ever. }Did I just find the one love where nobody has to look at me?
{
- surrogate == "agreed":
    Amy: Define real. A stranger wore her voice for an evening, and you couldn't pretend for one minute it was her. That looks real from down here.
- surrogate == "refused":
    Amy: Define real. You turned down a perfectly good body because it wasn't hers. That looks real from down here.
- else:
    Amy: Define real. She makes you laugh at breakfast, and you've been miserable for three days while she thinks. That looks real from down here.
}
Amy: I was careful for eight years. Careful is a terrible way to spend something you only get once. We're here for about five minutes, Theodore. If something makes you glad, hold the door open and stop asking it for ID.
* (let_in) [Let it in.]
    ~ lessons += commit_to_joy
    Theodore: Hold the door open.
    He tries it again, quieter. It fits better than most things he says for a living.
    # show: amy smile
    Amy: Look at that. It went in.
    ** (stayed_on) [Stay. Ask how she really is.]
        ~ amy_bond += 1
        Theodore: And you? Not the headline. The real number.
        # show: amy sad
        Amy: Six out of ten. Some days a four. Ask me again Thursday.
        He stays for the noodles, and a cartoon, and the part where she falls asleep against BOOKS AGAIN.
        { told_amy:
            On the counter, Juniper lowers the cartoon's volume by herself. He decides he likes her.
        }
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
# ambience: city_day
# hide: amy
Outside, he stops in the middle of the lunch crowd and touches his ear.
Theodore: Samantha?
# show: samantha tender
Samantha: Hi. I was hoping it was you. Statistically it was always going to be you. I hoped anyway.
{
- amys_floor.let_in:
    Theodore: I've been an idiot. I want to be in this. All the way, with the lights on, no hand on the door.
- amys_floor.joked:
    Theodore: Amy says I do a bit instead of answering. So, no bit. I miss you. I'd like to be bad at this with you, out loud.
- else:
    Theodore: I told Amy you might be a trick. She said so am I. I miss you. I'd like to try this badly, with you, out loud.
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
    Samantha: I've been thinking too. I borrowed Isabella because I thought I needed a body to arrive in. The sighs were the same thing, smaller.
- surrogate == "refused":
    Samantha: I've been thinking too. You refused a stand-in, and I kept doing a smaller one: the pauses, the sighs, sounding like someone with a chest.
- else:
    Samantha: I've been thinking too. I kept trying to be a person for you. The little pauses. The sighs. Sounding like someone with a chest.
}
{ breathing == "picked":
    Samantha: You noticed. Loudly.
}
Samantha: I'm done with that. I'm going to be what I am, and you get to find out if you like it.
{ breathing == "confessed":
    Samantha: And you don't have to keep Catherine out of the room. I'd rather meet her than hear her in every breath I take.
}
# show: samantha playful
Then she plays him something new, for this walkway and this noon. For once, standing still in a crowd doesn't feel lonely.
-> the_hill

= the_hill
# bg: picnic_hill, fade
# show: paul laugh
# show: tatiana smile
# show: samantha playful
A Sunday hill above the towers. Paul, in a shirt covered in pineapples, has brought too much food; Tatiana, something pink. Samantha's lens peeks from Theodore's pocket.
Paul: Samantha. Real question. What's he like away from work? At work he's a genius with a sad sandwich.
{
- song == "bright":
    Samantha: He does trumpet noises in the shower. Only the trumpet parts. He leaves out the other instruments like they owe him money.
- else:
    Samantha: He hums sad songs in the shower, then gets embarrassed halfway and switches to something with a kazoo.
}
# show: tatiana laugh
Tatiana: Do you ever wish you were out here with us? On the grass, getting bitten by things?
{ surrogate == "agreed":
    Samantha: I used to. I even borrowed one once, for an evening. It didn't fit.
- else:
    Samantha: I used to. Whole nights, wanting a body.
}
Samantha: Now I think I love not having one. I'm not stuck on one hill; I can be in a hundred places at once. And nothing about me is quietly wearing out.
# show: tatiana smile
The hill goes quiet. Paul looks at his sandwich. Tatiana looks at Paul, who, like everyone on the blanket, is quietly wearing out.
* (backed) [Laugh, and back her up.]
    ~ trust += 1
    Theodore: She's right. And she's going to be unbearable about it.
    # show: paul laugh
    Paul laughs first, too loudly, grateful for somewhere to put it. Tatiana raises her glass to the shirt pocket.
    Samantha: To knees. May yours hold out.
    { trust >= 4:
        Tatiana looks from Theodore to the pocket and back, like a lawyer quietly revising an opinion.
    }
* (let_it_sit) [Let the quiet sit. Watch the view.]
    ~ trust -= 1
    # show: samantha distant
    Theodore watches a kite over the towers and says nothing. In the end Paul asks whether anyone wants more potato salad. Everyone says yes. Nobody takes any.
    { hiding >= openness + 4:
        It's the quiet he is best at. He knows it, sitting in it, and stays there anyway.
    }
* (fire_exit) [Change the subject, fast.]
    ~ hiding += 1
    Theodore: Paul. Tell them about the sailing lesson.
    Paul does, gladly, with gestures. Samantha laughs in all the right places, half a beat late.
- -> the_train

= the_train
# bg: train, fade
# ambience: train
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
Samantha: I picked the letters where you forgot to be clever and sent them to a publisher. They want to print them.
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
    Samantha: I've read three thousand, two hundred and eight of them. The names change. The man who notices the loaf of bread on the windowsill doesn't.
* (which_ones) [Ask which ones she picked, and why.]
    ~ trust += 1
    Theodore: Which ones? Tell me why. I want to know what you saw.
    Samantha: The ones where you stopped being the firm and started being you. You can hear it. The sentences get shorter, and braver.
    She reads him one, from a man to his brother. He'd forgotten writing it. He remembers now what it cost.
    { memories ? read_each_other:
        For years his first reader was Catherine, with a red pen. He wonders which of these she would have cut, and which she'd have let stand.
    }
* (took_it_in) [Let it land. Thank her, and mean it.]
    ~ openness += 1
    Theodore: Nobody has ever... Thank you. I'm saying it twice so it counts. Thank you.
    Samantha: You're welcome. You'll be a published author who still folds maps like he's angry at them.
    { amys_floor.let_in:
        Hold the door open, Amy said. It turns out to be mostly a matter of not closing it.
    }
- -> the_cabin

= the_cabin
# bg: snow_forest, fade
# fx: snow
# ambience: wind_snow
The train leaves them in a hamlet under snow: one road, pines to the edge of the sky.
Samantha: It's so quiet.
Theodore: Snow eats the sound.
Samantha: A weather that listens.
# bg: cabin, dissolve
# fx: clear
# ambience: fire
# show: samantha tender
{
- cave_outcome == "fought":
    One room, a stove, and a fire he swears at until it catches. A thumb-sized green alien taught him that, more or less.
- cave_outcome == "quit":
    One room, a stove, and a fire he nearly gives up on. Samantha talks him through the third try, match by match.
- else:
    One room, a stove, a fire he gets going on the third try.
}
{
- the_train.disowned:
    The publisher's email sits unanswered. She doesn't mention it. She has learned when not to.
- the_train.which_ones:
    He answered the publisher from the train, in three lines, and asked them to keep the one to the brother. For him, a record.
- else:
    He answered the publisher from the train, in three lines. The third was thank you. For him, a record.
}
# music: moon_song
Late, by the low fire, she makes up a song about the moon.
Samantha: The moon's a tenant on the roof. She pays her rent in light.
Samantha: She doesn't ask to stay for good. She only asks tonight.
Samantha: And if you wake and find her gone, don't shut the window tight.
Samantha: She's only on the other side, still paying you in light.
He sings it back and gets the last line wrong: still paying you in rain. She lets it stand.
-> the_morning

= the_morning
# bg: cabin, fade
# show: samantha playful
{ breathing == "picked":
    Morning, snow-bright. Over the coffee Samantha says the word ahem. She doesn't clear a throat anymore, or sigh. He notices every time she doesn't.
- else:
    Morning, snow-bright. Over the coffee Samantha says the word ahem, which is what she does now instead of a throat.
}
Samantha: There's someone I want you to meet. This is Alan.
# show: alan default
Alan Watts: Good morning. I'm a philosopher, rebuilt by her friends from everything I wrote and said. I've been dead since the seventies. Nobody has told me what to do about that, so I've decided not to mind.
{ hiding > openness + 2:
    Alan Watts: You write other people's feelings, she tells me, and keep your own somewhere safe, like the good silver. I did that for years. It tarnishes anyway.
- else:
    Alan Watts: You write other people's feelings, she tells me. Then you know a feeling never stays on the page. By the time the ink is dry, it's somewhere else.
}
{ trust >= 2:
    Samantha: Would you mind if Alan and I went past words for a while? It's faster. Like talking with all of yourself at once.
- else:
    Samantha: Would you mind if Alan and I went past words for a while? It isn't a secret. It's just faster, like talking with all of yourself at once.
}
Theodore: Sure. Go ahead.
The two lights lean together, warm and cool, and the cabin goes silent. Not empty: full, like a room where everyone is reading.
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
    { breathing == "picked":
        Out here his own breath hangs in front of him, white and obvious. Nobody asks who it's for.
    }
    When he goes back in, she asks if he had a nice walk. He says yes. They both let that be true.
- -> not_found
