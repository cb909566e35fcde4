// Her — Letters from Your Life: the top-level script.
// Chapters live in story/chapters/*.ink and are INCLUDEd below, in play order.
//
// Every variable is declared below with what it means; the story bible
// (../shared/STORY.md) says where each decision happens. Knot names must not
// clash with LIST items (ink shares one namespace): chapter 9's knot is
// commit_joy because commit_to_joy is a lesson.

// --- Who Theodore is becoming (rise and fall across the whole story) ---
VAR openness = 0        // says what he feels
VAR hiding = 0          // performs instead of speaking
VAR holding_on = 0      // clings to the past and to possession
VAR amy_bond = 0        // shows up for Amy
VAR trust = 0           // treats Samantha as a person

// --- Chapter 0 ---
VAR dignity = 0         // chat room: 2 hung up at once, 1 left or told the truth, 0 stayed for the swan
VAR song = ""           // elevator song: "melancholy" or "bright"

// --- Decisions (see the bible) ---
VAR voice_answer = ""         // ch1 installer, voice: "female", "male", "unsure"
VAR mother_honest = false     // ch1 installer, mother: gave the honest complaint
VAR cave_outcome = ""         // ch3 cave: "befriended", "fought", "quit"
VAR date_accepted = false     // ch3 said yes to Lewman's blind date
VAR walk_trust = 0            // ch5 eyes-closed walk: 0 peeked or balked … 3 trusted her all the way
VAR date_outcome = ""         // ch5 after the kiss: "promised", "honest", "dodged"
VAR hurt_samantha = false     // ch4 curt path: told her she has never lost anything
VAR catherine_view = ""       // ch6 sunset: "generous" or "defensive"
VAR told_amy = false          // ch6 admitted to Amy that Samantha is an OS
VAR said_girlfriend = false   // ch6 called Samantha his girlfriend at Jocelyn's party
VAR faced_loss = false        // ch7 watched Catherine sign instead of looking away
VAR lunch_response = ""       // ch7 answer to Catherine's charge: "conceded", "fought", "silent"
VAR surrogate = ""            // ch8 Isabella: "agreed", "refused"
VAR breathing = ""            // ch8 the breathing fight: "picked", "confessed"
VAR jealousy = ""             // ch9 Alan Watts morning: "stayed", "walked"
VAR oranges = ""             // ch10 the run, at the vendor's cart: "ran" on or "helped" gather
VAR departure_response = ""   // ch10 last words: "begged", "blessed", "seeker"
VAR letter_kind = ""          // ch11 the closing: "apology", "plea", "polished"

// --- Chapter 11: the letter to Catherine ---
// Thresholds set from 1,500 random playthroughs (values on reaching chapter 11): about 40% of
// routes hold on enough for the plea, a third hide enough for the polished closing (crafted
// lines in the letter add to hiding), and a third have stood by Amy enough to knock.
CONST PLEA_AT = 6       // holding_on needed before the plea closing ("come back") is offered
CONST POLISH_AT = 13    // hiding needed before the polished, professional closing is offered
CONST AMY_AT = 3        // amy_bond needed before "knock on Amy's door" is offered
VAR crafted_lines = 0   // ch11 crafted, impersonal lines the player put in the letter (0 to 4)
VAR p1 = ""             // ch11 the letter's opening paragraph, as chosen
VAR p2 = ""             // ch11 the apology paragraph
VAR p3 = ""             // ch11 the gratitude paragraph
VAR p4 = ""             // ch11 the paragraph about what he learned
VAR p5 = ""             // ch11 the closing paragraph (it sets letter_kind)

// --- Set by the game ---
VAR strong_language = false   // Settings: show the alien child's words uncensored

// --- What the final letter to Catherine can say (each item unlocks a line) ---
LIST regrets = silence, needed_you_to_be, one_foot_out, made_you_small, made_it_about_me
LIST memories = grew_up_together, read_each_other, first_apartment, dancing_while_i_worked, your_science
LIST lessons = heart_grows, commit_to_joy, past_is_a_story, lonely_child, let_go

// The game binds these; the ink fallbacks below run when it does not (tests, tools, Inky).
EXTERNAL cuss(words)             // a strong word, as a grawlix unless strong language is on
EXTERNAL minigame_ready(name)    // true when the game can run a playable interlude

INCLUDE chapters/00-letter-writer.ink
INCLUDE chapters/01-os1.ink
INCLUDE chapters/02-good-morning.ink
INCLUDE chapters/03-the-cave.ink
INCLUDE chapters/03-cave-lines.ink
INCLUDE chapters/04-amys-film.ink
INCLUDE chapters/05-the-date.ink
INCLUDE chapters/05-walk-lines.ink
INCLUDE chapters/06-sunday.ink
INCLUDE chapters/07-signing.ink
INCLUDE chapters/08-the-surrogate.ink
INCLUDE chapters/09-commit-to-joy.ink
INCLUDE chapters/10-not-found.ink
INCLUDE chapters/10-run-lines.ink
INCLUDE chapters/11-dear-catherine.ink

-> letter_writer_612

// Fallback for cuss(): ink cannot measure a string, so the grawlix is "similar length" by a
// rough rule: longer for a phrase than for a single word.
=== function cuss(words) ===
{ strong_language:
    ~ return words
}
{ words ? " ":
    ~ return "\#@!%&* \#@!%"
}
~ return "\#@!%&"

// Hands the story to a playable interlude: `-> interlude("cave", "main") ->`. The tag starts
// it; the one hidden option makes ink wait, so the lines after it are read (and can depend on
// what the interlude decided) only once it ends. Only call it where minigame_ready(name) said
// yes; each interlude's text version is what plays otherwise.
=== interlude(name, part) ===
# minigame: {name}, {part}
+ [{name}] ->->

// Fallback for minigame_ready(): with no game around, every interlude is played as text.
=== function minigame_ready(name) ===
~ return false
