package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named in sentences written for these tests, with the role the sentence gives them. */
class NamesTest {
    private static List<String> people(String paragraph) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraph)).forEach(p -> sentences.addAll(p.sentences()));
        return Names.find(sentences).people().stream().map(e -> e.name() + ": " + e.role()).toList();
    }

    @Test
    void aTitleOfAFieldIsTheWholeRole() throws Exception {
        assertEquals(List.of("Mari Eng: county's head of planning"),
                people("The county's head of planning, Mari Eng, said the road would be widened."));
    }

    @Test
    void aSpeakerDescribedToTheEndOfTheSentenceHasThatRole() throws Exception {
        assertEquals(List.of("Nils Berg: ran the yard for a decade"),
                people("\"We built boats that outlived us,\" said Nils Berg, who ran the yard for a decade."));
    }
}
