package io.github.musit2specify.testkit;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Word lists of the synthetic MUSIT: Norwegian and international names with æ/ø/å and diacritics. */
final class SyntheticWords {
    static final List<String> GIVEN_NAMES = List.of(
            "Ola", "Kari", "Åsmund", "Ørjan", "Bjørn", "Sølvi", "Håkon", "Åse", "Terje", "Ingrid", "Øystein",
            "Ragnhild", "Sigrid", "Jørgen", "Kjetil", "Gro", "Tormod", "Æsa", "Liv", "Per", "Nils", "Anne",
            "Marit", "Solveig", "Torbjørn", "Ståle", "Tove", "Eirik", "Hanne", "Knut", "Siri", "Jon", "Dagny",
            "Halvard", "Gunnhild", "Mette", "Trond", "Vigdis", "Arne", "Berit",
            "José", "François", "Zoë", "Łukasz", "Søren", "Björn", "Jürgen", "Małgorzata", "Jiří", "Ólafur",
            "Þórunn", "Šimon", "Chloé", "Renée", "Joaquín", "Zoltán", "Ágnes", "İlkay", "Özlem", "Thảo",
            "Anh", "Mohammed", "Aleksandr", "Siobhán", "Hélène", "Dóra", "Agnieszka", "Mariá", "Yǔ", "John");
    static final List<String> SURNAMES = List.of(
            "Ødegård", "Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
            "Kristiansen", "Jensen", "Karlsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Dahl",
            "Jørgensen", "Halvorsen", "Lund", "Sørensen", "Moen", "Strand", "Solberg", "Eide", "Bakken",
            "Lie", "Amundsen", "Lunde", "Solheim", "Moe", "Næss", "Aasen", "Bråthen", "Skjærvø", "Håland",
            "Grønnerød", "Østby", "Ødegaard", "Sæther", "Løkken", "Tønnessen", "Vågen", "Blytt", "Lynge",
            "Müller", "Schröder", "García", "González", "Núñez", "Peña", "Nguyễn", "Trần", "Lê", "Phạm",
            "Dvořák", "Novák", "Kowalski", "Wiśniewski", "Łukasiewicz", "Öztürk", "Çelik", "Ångström",
            "Ólafsson", "Þórsdóttir", "O'Brien", "van der Meer", "de la Cruz", "Smith", "Lefèvre", "Rossi",
            "Åberg", "Lindqvist", "Fries", "Hultén");
    static final List<String> TITLES = List.of("Dr.", "Prof.", "cand.real.", "dr. philos.", "Mr.", "fru", "konservator");
    static final List<String> ORGANISATIONS = List.of(
            "Norsk Botanisk Forening", "Universitetet i Bergen", "Naturhistorisk museum, Oslo",
            "NTNU Vitenskapsmuseet", "Tromsø Museum – Universitetsmuseet", "Artsdatabanken",
            "Museo Nacional de Ciencias Naturales", "Naturhistoriska riksmuseet", "Norsk entomologisk forening",
            "Statens naturoppsyn", "Muséum national d'Histoire naturelle", "Kew Gardens Herbarium",
            "Fylkesmannen i Møre og Romsdal", "Zoologisk Museum København", "Société mycologique de France");
    static final List<String> GROUPS = List.of(
            "Ekskursjonsgruppe", "Soppforeningen i Ås", "Lavgruppa", "Insektkartlegging Finnmark",
            "Botanisk kurs", "Feltkurs BIO2150", "Moseklubben", "Studentgruppe");
    static final List<String> INSTITUTIONS = List.of(
            "NHM", "UiO", "UiB", "NTNU", "UiT", "Universitetet i Tromsø", "Naturhistorisk museum",
            "Norsk institutt for naturforskning (NINA)", "Göteborgs universitet", "Universidad de Sevilla",
            "Københavns Universitet", "Muséum d'histoire naturelle de Genève", "Privat");
    static final List<String> NOTES = List.of(
            "Samlet i Finnmark", "Innsamler av lav og moser", "Duplikat av annen aktør, se også",
            "Kjent fra herbarieetiketter", "Bestemte insekter for museet", "Navn usikkert lest på etikett",
            "Collected in the Andes", "Amatørbotaniker fra Vågå", "Også kjent som", "Ærlig talt ukjent");
    static final List<String> DOMAINS = List.of("uio.no", "nhm.uio.no", "uib.no", "ntnu.no", "uit.no",
            "gmail.com", "online.no", "example.org", "nina.no");

    private SyntheticWords() {
    }

    static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Lower-case ASCII for e-mail local parts and user names: æ → ae, ø → o, diacritics dropped. */
    static String ascii(String text) {
        String replaced = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replace("ł", "l").replace("þ", "th").replace("ð", "d").replace("ı", "i");
        String stripped = Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^a-z0-9]", "");
    }

    /** A value longer than {@code minLength}, built by repeating the word with hyphens. */
    static String overLong(String word, int minLength) {
        StringBuilder sb = new StringBuilder(word);
        while (sb.length() <= minLength) {
            sb.append('-').append(word);
        }
        return sb.toString();
    }
}
