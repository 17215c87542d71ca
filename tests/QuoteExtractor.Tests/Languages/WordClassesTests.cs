using QuoteExtraction.Languages;
using QuoteExtraction.Tests.Attribution;

namespace QuoteExtraction.Tests.Languages;

public class WordClassesTests
{
    [Theory]
    [InlineData("She and he spoke.", "and", "Conjunction")]
    [InlineData("The head of the office spoke.", "of", "SmallWord")]
    [InlineData("He asked whether it rained.", "whether", "QuestionWord")]
    [InlineData("While she waited, he left.", "While", "Subordinator")]
    [InlineData("Her son said no.", "Her", "PossessiveDeterminer")]
    [InlineData("She promised to stay.", "to", "InfinitiveMarker")]
    [InlineData("He criticized the plan.", "criticized", "ObjectVerb")]
    [InlineData("Ten percent said no.", "percent", "ShareWord")]
    [InlineData("A plan launched by the mayor.", "by", "AgentPreposition")]
    [InlineData("With Jane Doe noting that, it ended.", "With", "AbsolutePreposition")]
    [InlineData("He wrote during the night.", "during", "AdjunctPreposition")]
    [InlineData("She has since said so.", "since", "ReportingAdverb")]
    [InlineData("He said allies were angry.", "were", "FiniteAuxiliary, PassiveAuxiliary")]
    [InlineData("An expert said no.", "An", "IndefiniteDeterminer")]
    public void An_English_word_is_in_the_classes_of_its_lists(string text, string word, string classes)
    {
        using var document = PhraseDocument.English(text);
        document.Document.Classes[document.IndexOf(word)].Should().HaveFlag(Enum.Parse<WordClass>(classes));
    }

    [Theory]
    [InlineData("Elle et lui ont parlé.", "et", "Conjunction")]
    [InlineData("Le chef de l'office a parlé.", "de", "SmallWord")]
    [InlineData("Il a demandé si tout allait bien.", "si", "QuestionWord")]
    [InlineData("Sa fille a dit non.", "Sa", "PossessiveDeterminer")]
    [InlineData("Un plan lancé par le maire.", "par", "AgentPreposition")]
    [InlineData("Un témoin a parlé.", "Un", "IndefiniteDeterminer")]
    public void A_French_word_is_in_the_classes_of_its_lists(string text, string word, string classes)
    {
        using var document = PhraseDocument.French(text);
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
