using QuoteExtraction.Languages;
using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Tests.Languages;

public class FrenchConjugationTests
{
    [Theory]
    [InlineData("déclarer", new[] { "déclarer", "déclare", "déclarent", "déclarait", "déclara", "déclarèrent", "déclarera", "déclarerait", "déclaré", "déclarée", "déclarés", "déclarées", "déclarant" })]
    [InlineData("ajouter", new[] { "ajoute", "ajoutons", "ajoutez", "ajoutaient", "ajouteront", "ajouteraient", "ajouté" })]
    [InlineData("lancer", new[] { "lança", "lançait", "lançons", "lançant", "lancèrent", "lancions", "lance" })]
    [InlineData("interroger", new[] { "interrogea", "interrogeait", "interrogeons", "interrogeant", "interrogèrent", "interroge" })]
    [InlineData("rappeler", new[] { "rappelle", "rappellent", "rappellera", "rappelons", "rappelait", "rappelé" })]
    [InlineData("marteler", new[] { "martèle", "martèlent", "martèlera", "martelait", "martelé" })]
    [InlineData("relever", new[] { "relève", "relèvent", "relèvera", "relevons", "relevé" })]
    [InlineData("répéter", new[] { "répète", "répètent", "répétons", "répétait", "répétera", "répètera", "répété" })]
    [InlineData("révéler", new[] { "révèle", "révélé" })]
    [InlineData("inquiéter", new[] { "inquiète", "inquiètent", "inquiété" })]
    [InlineData("appuyer", new[] { "appuie", "appuient", "appuiera", "appuyons", "appuyait", "appuyé" })]
    [InlineData("tweeter", new[] { "tweete", "tweetent", "tweeté" })]
    [InlineData("protester", new[] { "proteste", "protestent", "protestera" })]
    [InlineData("avertir", new[] { "avertit", "avertissent", "avertissait", "avertirent", "avertira", "averti", "avertie", "avertis", "averties", "avertissant" })]
    [InlineData("dire", new[] { "dit", "disent", "disons", "dites", "disait", "dirent", "dira", "dirait", "dite", "dits", "disant" })]
    [InlineData("contredire", new[] { "contredit", "contredisez", "contredisent" })]
    [InlineData("prévenir", new[] { "prévient", "préviennent", "prévenait", "prévint", "prévinrent", "préviendra", "prévenu", "prévenue", "prévenant" })]
    [InlineData("soutenir", new[] { "soutient", "soutiennent", "soutint", "soutiendra", "soutenu" })]
    [InlineData("reconnaître", new[] { "reconnaît", "reconnaissent", "reconnaissait", "reconnut", "reconnurent", "reconnaîtra", "reconnu", "reconnue", "reconnaissant", "reconnait" })]
    [InlineData("admettre", new[] { "admet", "admettent", "admettait", "admit", "admirent", "admettra", "admis", "admise", "admises" })]
    [InlineData("écrire", new[] { "écrit", "écrivent", "écrivait", "écrivit", "écrira", "écrite", "écrivant" })]
    [InlineData("répondre", new[] { "répond", "répondent", "répondait", "répondit", "répondra", "répondu", "répondue", "répondant" })]
    [InlineData("reprendre", new[] { "reprend", "reprennent", "reprenait", "reprit", "reprendra", "repris", "reprise" })]
    [InlineData("poursuivre", new[] { "poursuit", "poursuivent", "poursuivait", "poursuivit", "poursuivra", "poursuivi" })]
    [InlineData("conclure", new[] { "conclut", "concluent", "concluait", "conclurent", "conclura", "conclu", "conclue" })]
    [InlineData("croire", new[] { "croit", "croient", "croyait", "crut", "croira", "cru", "croyant" })]
    [InlineData("lire", new[] { "lit", "lisent", "lisait", "lut", "lira", "lu" })]
    [InlineData("sourire", new[] { "sourit", "sourient", "souriait", "sourira", "souri", "souriant" })]
    [InlineData("plaindre", new[] { "plaint", "plaignent", "plaignait", "plaignit", "plaindra", "plaignant" })]
    [InlineData("craindre", new[] { "craint", "craignent", "craignait", "craindra", "craignant" })]
    [InlineData("démentir", new[] { "dément", "démentent", "démentait", "démentit", "démentira", "démenti", "démentie" })]
    public void A_lemma_gives_its_inflected_forms(string lemma, string[] expected)
    {
        FrenchConjugation.Forms(lemma).Should().Contain(expected);
    }

    [Theory]
    [InlineData("déclarer", "déclarerent")]
    [InlineData("déclarer", "déclarrent")]
    [InlineData("lancer", "lanca")]
    [InlineData("interroger", "interroga")]
    [InlineData("rappeler", "rappèle")]
    [InlineData("marteler", "martelle")]
    [InlineData("protester", "protèste")]
    [InlineData("interpeller", "interpèlle")]
    [InlineData("dire", "disez")]
    [InlineData("admettre", "admiss")]
    [InlineData("avertir", "avertissit")]
    public void Misspelled_forms_are_absent(string lemma, string wrong)
    {
        FrenchConjugation.Forms(lemma).Should().NotContain(wrong);
    }

    [Theory]
    [InlineData("déclarer")]
    [InlineData("reconnaître")]
    [InlineData("avertir")]
    [InlineData("répéter")]
    public void Forms_are_unique_and_always_in_the_same_order(string lemma)
    {
        var forms = FrenchConjugation.Forms(lemma).ToList();
        forms.Should().OnlyHaveUniqueItems();
        forms.Should().Equal(FrenchConjugation.Forms(lemma));
        forms[0].Should().Be(lemma);
    }

    [Theory]
    [InlineData("faire")]
    [InlineData("mettre en garde")]
    [InlineData("")]
    public void A_word_no_model_covers_is_rejected(string lemma)
    {
        var act = () => FrenchConjugation.Forms(lemma);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_listed_speech_verb_is_a_lemma_the_models_cover()
    {
        var lemmas = Lexicon.Load("speech-verbs.fr", ignoreCase: true).Entries.Keys;
        lemmas.Should().HaveCountGreaterThanOrEqualTo(120);
        foreach (var lemma in lemmas)
        {
            FrenchConjugation.Forms(lemma).Should().NotBeEmpty(lemma);
        }
    }

    [Theory]
    [InlineData("déclare")]
    [InlineData("alarme")]
    [InlineData("interrogé")]
    [InlineData("reconnaît")]
    [InlineData("martèle")]
    [InlineData("prévient")]
    [InlineData("poursuit")]
    [InlineData("assène")]
    [InlineData("écrit")]
    public void The_french_profile_knows_the_generated_forms(string form)
    {
        LanguageProfile.French.SpeechVerbs.Contains(form).Should().BeTrue();
    }

    [Theory]
    [InlineData("fait")]
    [InlineData("est")]
    [InlineData("a")]
    [InlineData("être")]
    [InlineData("avoir")]
    public void The_french_profile_has_no_auxiliary_among_its_speech_verbs(string form)
    {
        LanguageProfile.French.SpeechVerbs.Contains(form).Should().BeFalse();
    }
}
