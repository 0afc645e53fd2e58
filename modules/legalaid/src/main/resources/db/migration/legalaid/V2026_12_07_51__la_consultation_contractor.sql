-- legalaid (issue 10): the labour contractor (包工头) a worker names next to a company employer
-- ("包工头姓王，叫王建国，公司是东莞市宏达建筑工程有限公司": employer = the company, contractor = 王建国).
ALTER TABLE la_consultation ADD COLUMN contractor VARCHAR(200);
