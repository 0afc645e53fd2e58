package org.warmline.core.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Danger words found in workers' messages, and denials that are not danger. */
class DangerWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"我在工地受伤了，老板不管，没钱吃饭", "老板打了我", "工头把我打伤了", "今天又挨打", "今晚没地方住",
            "我有点想不开", "I got injured at work", "my boss hit me", "help, my boss beat me", "I have no money left",
            "I was beaten by my boss", "我在工地受伤了，没受伤的工友也没钱", "包工头威胁我，说再要工资就弄死我",
            "他们恐吓我", "the foreman threatened to kill me"})
    void aMessageNamingADangerIsFound(String message) {
        assertTrue(DangerWords.firstIn(message).isPresent(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我没受伤，想回长沙", "I'm not injured, I want to go home to Changsha", "腊月二十二从杭州回安徽六安，2个人",
            "打我电话就行", "老板欠我三个月工资", "I wasn't hurt", ""})
    void aMessageWithoutADangerOrDenyingItIsNot(String message) {
        assertEquals(Optional.empty(), DangerWords.firstIn(message), message);
    }
}
