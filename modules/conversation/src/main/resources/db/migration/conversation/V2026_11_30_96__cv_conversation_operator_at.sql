-- conversation: when a staff member last wrote in the conversation; while it is set and the dialog is
-- handed off, the bot stays quiet (Conversation.operatorReplied).
ALTER TABLE cv_conversation ADD COLUMN operator_at TIMESTAMP WITH TIME ZONE;
