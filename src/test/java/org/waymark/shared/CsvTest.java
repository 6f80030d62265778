package org.waymark.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotesEveryValueDoublesItsQuotesAndLeavesAMissingValueEmpty() {
        String csv = Csv.crlf().words("name", "note").endLine().cell("say \"hi\", then go").cell(null).endLine().toString();

        assertThat(csv).isEqualTo("name,note\r\n\"say \"\"hi\"\", then go\",\r\n");
    }

    @Test
    void endsLinesAsAsked() {
        assertThat(Csv.lf().cell(1).words("total").endLine().toString()).isEqualTo("\"1\",total\n");
    }
}
