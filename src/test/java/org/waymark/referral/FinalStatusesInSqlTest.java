package org.waymark.referral;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two statements ask "has this referral ended?" in SQL (retention's due screenings, packets of ended referrals), where
 * {@link ReferralStatus#isFinal} cannot be called (and a third asks for the open ones): each must list exactly the statuses
 * the rule calls final, or exactly the others.
 */
class FinalStatusesInSqlTest {

    private static final Pattern LIST = Pattern.compile("status (?:not )?in \\(((?:'[A-Z_]+'(?:, )?)+)\\)");

    @Test
    void everyStatementThatAsksWhetherAReferralEndedListsTheStatusesTheRuleCallsFinal() throws IOException {
        Set<String> finalStatuses = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isFinal).map(Enum::name)
                .collect(Collectors.toSet());
        Set<String> openStatuses = Arrays.stream(ReferralStatus.values()).filter(s -> !s.isFinal()).map(Enum::name)
                .collect(Collectors.toSet());
        List<Set<String>> lists = new ArrayList<>();
        for (String file : List.of("screening/persistence/ScreeningRows.java", "referral/persistence/ReferralRows.java")) {
            Matcher m = LIST.matcher(Files.readString(Path.of("src/main/java/org/waymark", file)));
            while (m.find()) {
                lists.add(Arrays.stream(m.group(1).split(", ")).map(s -> s.replace("'", "")).collect(Collectors.toSet()));
            }
        }
        assertThat(lists).as("the statements found").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(list -> assertThat(list).isIn(finalStatuses, openStatuses));
    }
}
