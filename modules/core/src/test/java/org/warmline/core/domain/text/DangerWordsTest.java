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
    @ValueSource(strings = {"我在合肥工地摔伤了，包工头不管", "从脚手架上掉下来骨折了", "腿伤了走不动", "手被机器压伤了",
            "被人打了，头在流血", "老板叫人殴打我们", "两天没吃饭了", "没有钱吃饭", "身上没东西吃", "今晚没有地方住",
            "只能睡大街了", "实在活不下去了", "工友说要跳楼讨薪", "I'm bleeding", "we were attacked at the site",
            "I'm starving", "I have nowhere to stay tonight"})
    void theWaysWorkersSayInjuryViolenceHungerNoShelterAndDespairAreFound(String message) {
        assertTrue(DangerWords.firstIn(message).isPresent(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我没受伤，想回长沙", "I'm not injured, I want to go home to Changsha", "腊月二十二从杭州回安徽六安，2个人",
            "打我电话就行", "老板欠我三个月工资", "I wasn't hurt", "",
            "我很伤心，想早点回家", "吃完饭再说", "今晚住宿舍", "我没被人打，就是工资没给"})
    void aMessageWithoutADangerOrDenyingItIsNot(String message) {
        assertEquals(Optional.empty(), DangerWords.firstIn(message), message);
    }
}
