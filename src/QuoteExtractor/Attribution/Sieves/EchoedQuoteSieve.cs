using System.Runtime.InteropServices;
using QuoteExtraction.Quotes;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>Repeal of the tax: ‘We have had enough’</c> … <c>“We have had enough of waiting,” Jane Doe said.</c>: a
/// headline, heading or pull-quote repeats words that someone says in full elsewhere in the article, so a
/// quote that no cue attributes takes the speaker of another quote that holds all its words in order.
/// It reads every other quote's attribution, so it runs once all quotes have passed the other sieves.
/// </summary>
internal sealed class EchoedQuoteSieve : IAttributionSieve
{
    /// <summary>How many quotes before and after the quote are searched, so that its cost is bounded on any input.</summary>
    private const int MaxQuotesApart = 20;

    /// <summary>The most tokens of a quote searched for another's words, so that its cost is bounded on any input.</summary>
    private const int MaxHoldingTokens = 600;

    /// <summary>The most words of a quote that can echo another: headings and pull-quotes are short.</summary>
    private const int MaxEchoWords = 30;

    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int words = CountWords(context, quote);
        if (words == 0 || words > MaxEchoWords)
        {
            return null;
        }

        var quotes = context.Quotes;
        int last = Math.Min(quotes.Count - 1, index + MaxQuotesApart);
        for (int other = Math.Max(0, index - MaxQuotesApart); other <= last; other++)
        {
            if (other == index || context.AttributionOf(other) is not { Entity: >= 0 } source
                || source.Confidence < AttributionRules.EchoedQuote.Confidence
                || quotes[other].Span.Overlaps(quote.Span) || !HoldsWords(context, quotes[other], quote))
            {
                continue;
            }

            return source with
            {
                CueFirst = -1,
                CueEnd = -1,
                Rule = AttributionRules.EchoedQuote,
                Confidence = AttributionRules.EchoedQuote.Confidence,
                LinkedPronoun = -1,
            };
        }

        return null;
    }

    /// <summary>How many word and number tokens the quote holds.</summary>
    private static int CountWords(AttributionContext context, ScannedQuote quote)
    {
        int count = 0;
        for (int i = quote.OpenToken + 1; i < ContentEnd(quote); i++)
        {
            count += IsWord(context.Tokens[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether the words of <paramref name="inner"/> stand one after another, punctuation aside, in <paramref name="outer"/>.</summary>
    private static bool HoldsWords(AttributionContext context, ScannedQuote outer, ScannedQuote inner)
    {
        var tokens = CollectionsMarshal.AsSpan(context.Tokens);
        var text = context.Text;
        int innerEnd = ContentEnd(inner);
        int innerFirst = NextWord(tokens, inner.OpenToken + 1, innerEnd);
        int outerEnd = ContentEnd(outer);
        if (outerEnd - outer.OpenToken > MaxHoldingTokens)
        {
            return false;
        }

        // Most words of the outer quote differ from the inner's first in length, which rules them out before their text is
        // read; an inner quote without words (-1) is held anywhere.
        int firstLength = innerFirst < innerEnd ? tokens[innerFirst].Length : -1;
        for (int start = NextWord(tokens, outer.OpenToken + 1, outerEnd); start < outerEnd; start = NextWord(tokens, start + 1, outerEnd))
        {
            if (firstLength >= 0 && tokens[start].Length != firstLength)
            {
                continue;
            }

            int i = innerFirst, o = start;
            while (i < innerEnd && o < outerEnd && SameWord(text, tokens[i], tokens[o]))
            {
                i = NextWord(tokens, i + 1, innerEnd);
                o = NextWord(tokens, o + 1, outerEnd);
            }

            if (i >= innerEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after the quote's words: its closing mark, or the end of an unclosed quote.</summary>
    private static int ContentEnd(ScannedQuote quote) => quote.CloseToken >= 0 ? quote.CloseToken : quote.LastToken + 1;

    /// <summary>The first word or number token at or after <paramref name="i"/>, or <paramref name="end"/>.</summary>
    private static int NextWord(ReadOnlySpan<Token> tokens, int i, int end)
    {
        while (i < end && !IsWord(tokens[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether the token is a word or a number, what the comparison of two quotes reads.</summary>
    private static bool IsWord(Token token) => token.Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Whether two tokens read the same, ignoring case and the form of their apostrophes (<c>won’t</c>, <c>won't</c>).</summary>
    private static bool SameWord(string text, in Token a, in Token b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var x = a.GetText(text);
        var y = b.GetText(text);
        for (int k = 0; k < x.Length; k++)
        {
            if (x[k] != y[k] && char.ToLowerInvariant(x[k]) != char.ToLowerInvariant(y[k]) && !(CharClass.IsApostrophe(x[k]) && CharClass.IsApostrophe(y[k])))
            {
                return false;
            }
        }

        return true;
    }
}
