-- conversation: when the bot last gave the worker the safety advice (110/120 and the hotline) in this
-- conversation; a further danger message within a short time does not repeat it (issue 10, item 2).
ALTER TABLE cv_conversation ADD COLUMN safety_advice_at TIMESTAMP WITH TIME ZONE;
