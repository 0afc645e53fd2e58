-- conversation: the dialog state column holds DialogState.encode(), which may reach
-- DialogState.MAX_ENCODED (3000) characters: a long first message asking for two services keeps
-- its text twice, escaped (";" "=" "%" take three characters each), and went past 1000.
ALTER TABLE cv_conversation ALTER COLUMN dialog_state SET DATA TYPE VARCHAR(3000);
