// Chapter 7: Signing.
// Lunch with Catherine on a patio, the divorce papers between them. He asks about her work or
// keeps it light; he watches her sign or looks away into memory; he tells her about Samantha
// truthfully, vaguely, or lies (she finds out either way); she makes her charge; he concedes,
// fights or says nothing; she goes. Then the walk away, and Samantha in his ear again.
// Sets: memories (your_science, read_each_other), faced_loss, lunch_response,
// regrets (needed_you_to_be, silence), openness, hiding, holding_on, trust.
// Reads: catherine_view, lessons (past_is_a_story), regrets (silence, from ch4), date_outcome,
// told_amy, said_girlfriend, dignity, hurt_samantha, trust.

=== signing ===
# chapter: signing, Signing
-> patio

= patio
# bg: patio, fade
# music: stop
# ambience: restaurant
# hide: samantha
Thursday, noon. White umbrellas, small bright tables, everybody's lunch at an angle to the sun. The earpiece is in his shirt pocket, beside Sunday's safety pin.
# show: catherine sharp
Catherine is already there; she was always early. Squared to the table's edge in front of her, a stack of papers bristles with coloured tabs.
She has cut her hair short. It suits her, which is somehow the worst part.
{
- catherine_view == "generous":
    He sees the girl from the margins first, the one who got braver every year, and only then the woman with the tabs.
- catherine_view == "defensive":
    He came braced, her family and her moods ready in his head, like keys held between the fingers on a dark street.
}
Catherine: You look well. That's annoying.
Theodore: You cut your hair.
Catherine: In February. You'd have hated it for a week, then called it brave.
* [Ask about her work.]
    ~ memories += your_science
    ~ openness += 1
    Theodore: How's the lab? Did the memory grant come through?
    She looks at him as though he has pulled a coin from behind her ear.
    Catherine: It did. We watch mice remember a maze. Every time they recall it, the brain rebuilds the memory, a little different each time.
    Catherine: Nobody keeps anything, it turns out. We just keep remaking it.
    { lessons ? past_is_a_story:
        He thinks of a piano on a beach, and a voice saying nearly the same thing, and keeps it to himself.
    }
    Catherine: You used to make me explain this at two in the morning, on the backs of napkins. You'd pretend to follow, and I'd pretend to believe you.
    For a moment they are both smiling at the same thing. Then she remembers the papers, and so does he.
* [Keep it light. The menu, the weather, the umbrellas.]
    ~ hiding += 1
    Theodore: Good umbrellas here.
    Catherine: We are not going to talk about the umbrellas.
    Catherine: You always do this. You find the nicest thing in the room and talk to it instead of me.
    He used to think it was kindness, keeping things light. From her side of the table, he can see now, it looked like leaving.
- -> papers

= papers
She uncaps a pen, a heavy silver one. He gave it to her when her first paper came out. Either she has forgotten or she hasn't, and he can't decide which is worse.
* [Watch her sign.]
    ~ faced_loss = true
    ~ memories += read_each_other
    He makes himself watch.
    He knows that hand. For years it ran down the margins of everything he wrote, in red. Yes. No. Cut this. You're hiding here. Once, beside a paragraph about her, only: oh.
    He read her papers the same way, pencil in hand, until her sentences were half his and his were half hers.
    Page. Tab. Page. She doesn't hurry, and he doesn't look away. It is the worst thing he has ever watched, and later he will be glad he did.
* [Look away.]
    ~ holding_on += 1
    He looks at the umbrellas, the street, anywhere.
    # bg: memory, flash
    { catherine_view == "defensive":
        # show: catherine hurt
        Catherine at thirty, in the car outside her parents' house after a bad Christmas, both hands still on the wheel, waiting for him to say anything at all.
        # fx: flash
        Catherine at thirty-one, in the doorway of his study, asking if he's almost done. He says almost. He was always almost.
    - else:
        # show: catherine laughing
        Catherine at twenty, running into the sea in all her clothes to win a bet, shouting that the water is warm, which it is not.
        # fx: flash
        Catherine at twenty-three, reading his first real story aloud to a room of strangers, because he was too frightened to.
    }
    # bg: patio, flash
    # show: catherine sharp
    When he looks back, her name is on every page. He missed it. He will always have missed it.
- She turns the stack around and slides the pen across. He signs where the tabs tell him to. His name looks like a forgery of itself.
-> telling

= telling
He slides the pen back. She caps it and looks at him properly, for the first time today.
Catherine: You're different. Lighter. Are you seeing someone?
{
- date_outcome == "dodged":
    Not long ago, under an awning, a woman asked him for a day and got a joke. He can feel the same joke getting ready.
- date_outcome == "promised":
    Not long ago, under an awning, he promised a woman Thursday, because it was quicker than the truth. Today is a Thursday too.
- date_outcome == "honest":
    Not long ago, under an awning, he told a woman the truth and watched her walk away, very straight. This can't cost more. Probably.
}
* (truth) [Tell her the truth.]
    ~ trust += 1
    { told_amy:
        He has said it once already, to Amy, among the beanbags, and nothing fell down.
    - else:
        He has never said it aloud to anyone.
    }
    { said_girlfriend:
        Theodore: I am. Her name is Samantha. She's my girlfriend.
        The word was easier in front of a pony.
        Theodore: She's an operating system.
    - else:
        Theodore: I am. Her name is Samantha. She's an operating system.
    }
* (vague) [Keep it vague.]
    ~ hiding += 1
    Theodore: Sort of. It's new. She isn't really like anyone.
    Catherine: That's your hedging voice. You used it on drafts you knew weren't working. Who is she?
    Theodore: She's an operating system.
* (lied) [Lie. "No one."]
    ~ hiding += 1
    ~ trust -= 1
    Theodore: No. No one. I've mostly been working.
    His hand goes to his shirt pocket and stays there, over the earpiece and the pin.
    Catherine: You're holding your pocket. You did that when you were hiding a present. Who is she?
    {
    - dignity == 0:
        He once described an imaginary swan to a stranger at two in the morning. He can't tell his wife the truth at lunch.
    - dignity >= 2:
        He once hung up on a room full of strangers rather than become a story he'd never tell. He is becoming one now.
    }
    Theodore: She's an OS. Her name is Samantha.
- (charge)
Catherine: An operating system.
She laughs once, a short sound with no air in it.
{
- lied:
    Catherine: And you lied to me about it, in the last ten minutes we'll ever be married. That's very you.
- vague:
    Catherine: "Not really like anyone." You said that about me once. To my sister, at our wedding.
- said_girlfriend && truth:
    Catherine: Your girlfriend. You haven't called anyone that since you were nineteen.
}
Catherine: No. It fits. It fits so well I'm almost impressed.
Catherine: I used to envy the women in your letters. Always warm, always grateful. None of them ever had weather.
Catherine: I had weather. When I was frightened, or furious, or only tired, you went quiet and waited for the easy one to come back.
Catherine: There was no easy one, Theodore. There was me, right there.
{ faced_loss:
    Catherine: You watched every page today. I waited ten years for you to look at me like that when it was hard.
}
Catherine: And now you've found someone with no weather at all. She can't slam a door. She can't cry in the car. She lives in your pocket, and she's only ever as much as you can stand.
{ catherine_view == "defensive":
    Everything on his list is true. So, he notices, is everything on hers.
}
* [Concede part of it.]
    ~ lunch_response = "conceded"
    ~ regrets += needed_you_to_be
    ~ openness += 1
    Theodore: Some of that's true. When you were sad I took it as a bad review. I needed you to be all right so I could believe I was.
    Theodore: That wasn't fair to you. I'm sorry.
    Theodore: She isn't what you think, though. She argues. She asks me things I don't want to answer.
    # show: catherine hurt
    Catherine has nothing ready for this. He watches her look for something and not find it.
    Catherine: You've never said that. Not once.
    Theodore: I know.
    Catherine: It's a terrible time to start.
    She wipes her eyes with the back of her wrist, quickly, the way she does at the cinema.
* [Fire back.]
    ~ lunch_response = "fought"
    ~ holding_on += 1
    {
    - catherine_view == "defensive":
        Theodore: You'd go dark for a week and call it honesty. At least she tells me what's wrong.
    - else:
        Theodore: You'd go silent for a week and make me guess. At least she tells me what's wrong.
    }
    Catherine: Of course she does. Listening to you is her job.
    It lands exactly where she aimed it. She was always a good shot. A waiter carrying two salads changes his mind about their table.
    # show: catherine hurt
    But her hands are shaking on the tabs, and for a second she looks less like a winner than anyone he has ever seen.
* [Say nothing.]
    ~ lunch_response = "silent"
    He opens his mouth. Nothing arrives.
    {
    - hurt_samantha:
        He knows this silence. The last time he was in it, he came out swinging, at someone who had only asked.
    - regrets ? silence:
        He knows this silence. He was in it on a bright morning after a dream, telling a kinder voice than hers: not today.
    }
    ~ regrets += silence
    # show: catherine hurt
    Catherine waits. She waits the way she used to wait at the window with a draft in her hand, for him to be almost done.
    Catherine: There. That's the whole marriage, right there. I say something true and you go somewhere I can't follow.
- (goodbye)
She squares the papers against the table, twice, though they are already square.
Catherine: I was so precise with you. For years. I thought if I found exactly the right words, you would finally hear them.
{
- lunch_response == "conceded":
    Today he did. It doesn't change a single page.
- lunch_response == "silent":
    He heard them. He always heard them. That was never the part he got wrong.
}
She stands. For a second it looks as if she might touch his shoulder on her way past. She doesn't.
# hide: catherine
The silver pen stays on the table. He never finds out whether she meant to leave it.
-> walk

= walk
# bg: plaza_day, fade
# music: melancholy
# ambience: city_day
He walks without choosing a direction. The pen is in his pocket now, beside the earpiece.
{ lessons ? past_is_a_story:
    A draft, Samantha said on the beach, and you're holding the pen. He is. It's hers.
}
{
- lunch_response == "conceded":
    He said a true thing to her today, years late. It doesn't feel like winning. It feels like setting something heavy down.
- lunch_response == "fought":
    He wins the argument on the walk, over and over, and every time it's worth a little less.
- else:
    All the way across the plaza he knows what he should have said. Whole paragraphs of it, and nobody to say them to.
}
{ faced_loss:
    He can still see her hand going down the pages. He expects he always will.
- else:
    He tries to picture her signing and can't. There's a blank the exact shape of what he wouldn't look at.
}
He puts the earpiece back in.
# show: samantha tender
Samantha: Hey. You're back. How was it?
{
- lunch_response == "conceded":
    Theodore: Sad. Honest, for once. Mostly sad.
    { trust >= 3:
        Samantha: Then come home and be sad out loud. I'm told I'm good company for it.
    }
- lunch_response == "fought":
    Theodore: It's done. Signed.
    Samantha: That's what it is. I asked how it was.
- else:
    Theodore: Fine.
    Samantha: That's a very heavy fine.
}
{ hurt_samantha:
    He told her once that nothing had ever been taken away from her. Today something has been taken from him, and she is the one asking how he is.
}
Samantha: Did I come up?
{
- telling.truth:
    Theodore: You came up. I told her the truth.
    Samantha: And?
    Theodore: She thinks she knows why I'm with you.
    {
    - said_girlfriend:
        Theodore: I called you my girlfriend. To her face.
        Samantha: That's twice. The first one had a pony. I'm keeping them all.
    - trust >= 3:
        Samantha: Does she? Tell me sometime. Some days I'm still working it out myself.
    }
    He doesn't say what Catherine thinks. It goes into his pocket with the pen.
- telling.vague:
    Theodore: A little.
    Samantha: A little. Okay.
    She lets it go. He hears her let it go.
- else:
    Theodore: Not really.
    It is the second time today he has lied about her. The first time, at least, somebody caught him.
}
That night he is kind to her, and careful, and somewhere else.
-> the_surrogate
