using QuoteExtraction.Languages;
using QuoteExtraction.Tests.Attribution;

namespace QuoteExtraction.Tests.Languages;

public class WordClassesTests
{
    [Theory]
    [InlineData("en", "She and he spoke.", "and", "Conjunction")]
    [InlineData("en", "The head of the office spoke.", "of", "SmallWord")]
    [InlineData("en", "He asked whether it rained.", "whether", "QuestionWord")]
    [InlineData("en", "While she waited, he left.", "While", "Subordinator")]
    [InlineData("en", "Her son said no.", "Her", "PossessiveDeterminer")]
    [InlineData("en", "She promised to stay.", "to", "InfinitiveMarker")]
    [InlineData("en", "He criticized the plan.", "criticized", "ObjectVerb")]
    [InlineData("en", "Ten percent said no.", "percent", "ShareWord")]
    [InlineData("en", "A plan launched by the mayor.", "by", "AgentPreposition")]
    [InlineData("en", "With Jane Doe noting that, it ended.", "With", "AbsolutePreposition")]
    [InlineData("en", "He wrote during the night.", "during", "AdjunctPreposition")]
    [InlineData("en", "She has since said so.", "since", "ReportingAdverb")]
    [InlineData("en", "He said allies were angry.", "were", "FiniteAuxiliary, PassiveAuxiliary")]
    [InlineData("en", "An expert said no.", "An", "IndefiniteDeterminer")]
    [InlineData("fr", "Elle et lui ont parlé.", "et", "Conjunction")]
    [InlineData("fr", "Le chef de l'office a parlé.", "de", "SmallWord")]
    [InlineData("fr", "Il a demandé si tout allait bien.", "si", "QuestionWord")]
    [InlineData("fr", "Sa fille a dit non.", "Sa", "PossessiveDeterminer")]
    [InlineData("fr", "Un plan lancé par le maire.", "par", "AgentPreposition")]
    [InlineData("fr", "Un témoin a parlé.", "Un", "IndefiniteDeterminer")]
    public void A_word_is_in_the_classes_of_its_lists(string language, string text, string word, string classes)
    {
        using var document = PhraseDocument.For(language, text);
        document.Document.Classes[document.IndexOf(word)].Should().HaveFlag(Enum.Parse<WordClass>(classes));
    }

    [Theory]
    [InlineData("She and he spoke.", "and", "SmallWord")]
    [InlineData("The head of the office spoke.", "of", "Conjunction")]
    [InlineData("He asked whether it rained.", "asked", "Conjunction, SmallWord, QuestionWord")]
    public void A_word_is_in_no_class_of_lists_without_it(string text, string word, string classes)
    {
        using var document = PhraseDocument.English(text);
        (document.Document.Classes[document.IndexOf(word)] & Enum.Parse<WordClass>(classes)).Should().Be(WordClass.None);
    }
}
