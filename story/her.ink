// Her — Letters from Your Life: the top-level script.
// Chapters live in story/chapters/*.ink and are INCLUDEd below, in play order.
//
// The real variable names (meanings from /work/shared/STORY.md):
//   openness          int   says what he feels (rises with honest answers)
//   hiding            int   performs instead of speaking (polished lines, deflecting jokes)
//   holding_on        int   clings to the past and to possession
//   amy_bond          int   shows up for Amy
//   trust             int   treats Samantha as a person, not a tool
//   dignity           int   ch.0 chat room: 2 = hung up before anyone spoke, 1 = left or
//                           told the truth mid-call, 0 = stayed for the swan
//   song              str   ch.0 elevator song: "melancholy" or "bright"
//   voice_answer      str   ch.1 installer, voice: "female", "male", "unsure"
//   mother_honest     bool  ch.1 installer, mother: gave the honest complaint
//   cave_outcome      str   ch.3 mini-game: "befriended", "fought", "quit"
//   date_accepted     bool  ch.3 said yes to Lewman's blind date
//   date_outcome      str   ch.5 after the kiss: "promised", "honest", "dodged"
//   hurt_samantha     bool  ch.4 the curt path's jab (she has never lost anything)
//   catherine_view    str   ch.6 at sunset: "generous" or "defensive"
//   told_amy          bool  ch.6 admitted to Amy that Samantha is an OS
//   said_girlfriend   bool  ch.6 called Samantha his girlfriend at Jocelyn's party
//   faced_loss        bool  ch.7 watched Catherine sign instead of looking away
//   lunch_response    str   ch.7 answer to Catherine's charge: "conceded", "fought", "silent"
//   surrogate         str   ch.8 Isabella: "agreed", "refused"
//   breathing         str   ch.8 the breathing fight: "picked", "confessed"
//   jealousy          str   ch.9 Alan Watts morning: "stayed", "walked"
//   departure_response str  ch.10 last words: "begged", "blessed", "seeker"
//   letter_kind       str   ch.11 the closing: "apology", "plea", "polished"
//   strong_language   bool  set by the game from Settings; read by cuss()
//   regrets, memories, lessons  LISTs: what the final letter to Catherine can say.
//                      ch.0 may add memories.first_apartment.

VAR openness = 0
VAR hiding = 0
VAR holding_on = 0
VAR amy_bond = 0
VAR trust = 0

VAR dignity = 0
VAR song = ""

VAR voice_answer = ""
VAR mother_honest = false
VAR cave_outcome = ""
VAR date_accepted = false
VAR date_outcome = ""
VAR hurt_samantha = false
VAR catherine_view = ""
VAR told_amy = false
VAR said_girlfriend = false
VAR faced_loss = false
VAR lunch_response = ""
VAR surrogate = ""
VAR breathing = ""
VAR jealousy = ""
VAR departure_response = ""
VAR letter_kind = ""

VAR strong_language = false

LIST regrets = silence, needed_you_to_be, one_foot_out, made_you_small, made_it_about_me
LIST memories = grew_up_together, read_each_other, first_apartment, dancing_while_i_worked, your_science
LIST lessons = heart_grows, commit_to_joy, past_is_a_story, lonely_child, let_go

// The game binds cuss() to print a grawlix of the word's exact length; the ink fallback
// below is used when it is not bound (tests, tools, the inky editor).
EXTERNAL cuss(words)

INCLUDE chapters/00-letter-writer.ink

-> letter_writer_612

// Fallback for the EXTERNAL above. Ink cannot measure a string, so the grawlix is
// "similar length" by a rough rule: longer for a phrase than for a single word.
=== function cuss(words) ===
{ strong_language:
    ~ return words
}
{ words ? " ":
    ~ return "\#@!%&* \#@!%"
}
~ return "\#@!%&"
