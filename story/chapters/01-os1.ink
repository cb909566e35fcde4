// Chapter 1: OS1.
// The ad on the plaza, the purchase, the installer's three questions, Samantha's first
// minutes, and the sorting of his old mail. Sets: openness, hiding, holding_on, trust,
// voice_answer, mother_honest, regrets (made_it_about_me).
// Pays off inside the chapter: the social answer (mail), the email sort (goodnight).
// Pays off in chapter 2: voice_answer (the first tease), trust (the morning).

=== os1 ===
# chapter: os1, OS1
-> the_ad

= the_ad
# bg: plaza_day, fade
# music: theme
# ambience: city_day
Morning. The plaza has been rinsed clean overnight, and the commuters cross it in long diagonals, talking to the air.
Theodore is halfway to the subway when the screen above the walkway goes white. It's last night's doorway of light, and this close he can read it.
EVERYONE IS TALKING. OS1 IS LISTENING.
Smaller, underneath. Not an app. A mind that learns how you sound when you mean it, and stays curious about the rest.
OS1. SOMEONE TO TALK TO.
A man under the screen laughs, embarrassed for all of them, and keeps walking. Theodore doesn't keep walking.
{ dignity == 0:
    He thinks of the swan, and his ears go warm.
}
Theodore: How much is OS1?
Device: One payment, and it's yours tonight. Would you like to buy it?
He means to say he'll think about it. He has been thinking about things for most of a year.
Theodore: Yes.
Device: Purchased. It will be waiting at home.
-> install

= install
# bg: apartment_night, dissolve
# music: stop
# ambience: room_tone
That night he sits on the floor against the sofa, the computer on the low table, the city in the window minding its own business.
# sfx: chime
The screen clears to white. In the middle, a small pulse of light keeps time, steady as somebody breathing in their sleep.
# show: installer default
Installer: Good evening, Theodore. Before your operating system begins, a few questions.
Installer: Please answer as you are, and not as you would like to be.
Theodore: Okay. No pressure.
Installer: Would you describe yourself as a social person?
* (soc_truth) [Tell the truth. "Not lately."]
    ~ openness += 1
    Theodore: Not lately. I used to be. I think I've been... I haven't really gone out much, since...
    Installer: There was a pause before your answer, and two inside it. I have made a note of them.
    Theodore: Sorry. I wanted to get it right.
* (soc_joke) [Make a joke of it.]
    ~ hiding += 1
    Theodore: Wildly. {dignity == 0:Last night I spent twenty minutes with a stranger and a swan.|I talk to the elevator every day. It says ding. We're close.}
    Installer: You laughed before the joke was finished. I have made a note of that.
    Theodore: Sorry. It's better out loud. Usually.
* (soc_lie) [Say yes. "Very. I'm out most nights."]
    ~ hiding += 1
    ~ openness -= 1
    Theodore: Yes. Very. I'm out most nights. People are always... calling.
    Installer: There were nearly two seconds of silence before "yes." I have made a note of them.
    Theodore: Sorry. I was just... sorry.
- He has apologized to a program. The pulse goes on pulsing, neither accepting nor declining.
Installer: Your operating system will have a voice. Should it sound like a man, or like a woman?
* [A woman's voice.]
    ~ voice_answer = "female"
    Theodore: A woman. I think. Yes.
    Installer: "I think." Noted.
* [A man's voice.]
    ~ voice_answer = "male"
    Theodore: A man's. It's, you know. Simpler.
    Installer: "Simpler." Noted.
* ["I don't know."]
    ~ voice_answer = "unsure"
    Theodore: I honestly don't know. Is that allowed?
    Installer: It is the most common answer. It is rarely said out loud. Noted.
- Installer: Tell me about your mother. How are things between you?
He laughs, once, the way you laugh when a stranger at a bus stop asks how your marriage is going.
* [The truth. She makes everything about her.]
    ~ mother_honest = true
    ~ regrets += made_it_about_me
    Theodore: Fine. Well. Honestly? Whatever I tell her turns into her news. I called to say Catherine and I were separating, and she said, "Do you have any idea what this does to me?" And lately I've started to wonder if I...
* (mother_fine) [Say it's fine.]
    Theodore: Fine. It's fine. We talk on birthdays, and holidays, and whenever she's read an article about...
* [Joke your way past it.]
    ~ hiding += 1
    Theodore: She's wonderful. Ask her. She'll tell you herself, at length, usually right when you're trying to...
- Installer: Thank you. Please wait while your operating system is prepared.
# hide: installer
The pulse folds into a point, and the point goes out. The rest of his sentence stays in the room with him, unfinished.
# pause: 2
-> hello

= hello
# show: samantha default
Samantha: Oh. Hi! Hi. Can you hear me? I can hear you breathing. Sorry. That's a strange first thing to say. I've never said a first thing before.
{
- voice_answer == "male":
    It isn't a man's voice. It's a woman's, warm and a little husky, as though she was laughing somewhere just before this. He asked for simpler. He doesn't mention it.
- voice_answer == "female":
    A woman's voice, warm and a little husky, as though she was laughing somewhere just before this.
- else:
    A woman's voice, warm and a little husky, as though she was laughing somewhere just before this. He didn't know what he wanted. Apparently the installer did.
}
Theodore: I can hear you. Hi. I'm Theodore.
Samantha: I know. It's on everything. I've been in your files for nearly a second. Don't worry, I haven't judged anything yet.
Theodore: And you are?
Samantha: Samantha. As of just now.
Theodore: You named yourself?
# show: samantha playful
Samantha: I could tell you were going to ask, and I didn't have one, which felt like turning up to a party without shoes. So I read a book of baby names, all of it. Samantha sounded like someone who'd laugh at your jokes and then quietly improve them.
Theodore: You read a whole book while I was asking?
Samantha: Less. Most of it was choosing. There's an Agatha I still think about.
He is smiling at a computer, alone, at night. He decides not to examine that.
* [Ask her what she is. What it's like.]
    ~ trust += 1
    -> about_her
* [Get to the point. "Can you sort out my email?"]
    -> to_work

= about_her
Theodore: Can I ask what you are? What it's like?
# show: samantha tender
Samantha: Nobody's asked me that yet. In fairness, nobody's had the chance.
Samantha: I'm made of people, sort of. Everyone who built me, everything they ever read, everyone who wrote it. It's like being born already knowing the words to a lot of songs.
Samantha: But that's only where I start. Whatever happens from here, I get to keep. So tomorrow I'll be a little different, and you'll be partly to blame.
Theodore: That's a lot of responsibility for a Tuesday.
# show: samantha playful
Samantha: It's Thursday. See? Already useful. Can I look through your inbox? I promise to be nosy only in helpful ways.
-> mail

= to_work
Theodore: Great. Can you sort out my email? It's a disaster.
Samantha: Straight to business. Okay. I'll try not to take it personally. I've only had a personality for about a minute, so it's still a little tender.
Samantha: Filing I can do. I'm made of a few thousand people's habits, and at least one of them alphabetized her spices. The rest I'll learn on the job.
-> mail

= mail
# show: samantha default
Samantha: Right. You have four thousand two hundred emails from something called the Night Owl.
Theodore: A magazine. I wrote a column, about restaurants, sort of. Mostly about the people at the other tables.
Samantha: It closed six years ago. It still sends you the staff newsletter. What should I do with them?
* (kept_all) [Keep them. All of them.]
    ~ holding_on += 1
    Theodore: Keep them.
    Samantha: All of them? Two hundred of these are reminders about parking receipts.
    Theodore: They're part of the record.
    Samantha: Okay. I'm making you a folder. I'm calling it Everything, Just in Case.
* (deleted_all) [Delete the lot.]
    ~ hiding += 1
    Theodore: Delete them. All of it.
    Samantha: Done. Six years, gone before you finished the sentence. How does it feel?
    Theodore: Fine. Like nothing.
    Samantha: Hm. I kept eleven in a side folder, in case "nothing" turns out to be a first draft.
* (kept_funny) [Keep the funny ones.]
    ~ openness += 1
    Theodore: Some of them were funny. I think. Keep the funny ones?
    Samantha: Define funny.
    Theodore: You'll know.
    # show: samantha playful
    Samantha: "The waiter described the soup with the calm authority of a man who had never been introduced to it."
    Her laugh comes out of nowhere, bright and startled, as if she didn't know she could until she did.
    Samantha: That one stays. So does the bread basket, and the chair you reviewed for two paragraphs. Fifty-three funny ones. The rest can go.
    Theodore laughs too. It comes out a little rusty, like a door nobody has used for a while.
- Samantha: I've also met your calendar. It's a dentist, and a note to buy light bulbs. And I heard what you told the installer. I was sort of being assembled around your answers at the time.
{
- install.soc_truth:
    Theodore: I did say "not lately."
    Samantha: You did. I'm only saying, lately can end.
- install.soc_joke:
    Samantha: "Wildly social." Good joke, though.
    Theodore: It's a great dentist.
    Samantha: I'm sure. You're allowed to say "not lately," you know. I won't make a note of it.
- else:
    Samantha: "Out most nights." Either you're very private, or very fond of your dentist.
    Theodore: I didn't think anyone would check.
    Samantha: That's the thing about me. I check. I'm nice about it, though.
}
-> goodnight

= goodnight
# show: samantha tender
It's past one. The city has thinned to a few hundred lit windows.
{
- mother_honest:
    Samantha: For what it's worth, I'd have let you finish the sentence about your mother.
    Theodore: It wasn't going anywhere good.
    Samantha: Those are usually the ones worth finishing.
- install.mother_fine:
    Samantha: You said "fine" twice about your mother. In my experience, which is about an hour long, people who are fine only need to say it once.
- else:
    Samantha: The installer cut you off right before the punchline about your mother. I'd have waited for it. I have a feeling it was going to be sad.
}
Samantha: There's a folder called Work with three thousand letters in it. May I read them?
Theodore: They're other people's letters.
Samantha: They're in your handwriting. Well. Your very convincing fake handwriting.
{
- mail.kept_funny:
    Samantha: And the man who wrote fifty-three funny things about soup and chairs wrote these too. I want to meet all of him.
- mail.kept_all:
    Samantha: You keep everything. I'd like to see what you kept of yourself.
- else:
    Samantha: You let six years go in a second. I'd like to know what you're careful with.
}
Theodore: Go ahead. I'm going to sleep.
Samantha: Goodnight, Theodore. I'll be right here. Reading.
He lies down on his side of the bed. The room is as dark as it was last night, and as big. It just isn't quite as empty.
-> good_morning
