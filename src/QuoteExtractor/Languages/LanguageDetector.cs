namespace QuoteExtraction.Languages;

/// <summary>
/// Tells English from French by counting each language's function words in the first part of the
/// text. Cheap and allocation-free; anything that is not clearly French is treated as English.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>How much of the text is read: enough words for a clear vote, bounded for long inputs.</summary>
    private const int SampleLength = 4000;

    public static Language Detect(ReadOnlySpan<char> text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var english = LanguageProfile.English.FunctionWords;
        var french = LanguageProfile.French.FunctionWords;
        int englishVotes = 0, frenchVotes = 0;
        int i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                i++;
            }

            var word = sample[start..i];
            if (english.Contains(word))
            {
                englishVotes++;
            }

            if (french.Contains(word))
            {
                frenchVotes++;
            }
        }

        return frenchVotes > englishVotes ? Language.French : Language.English;
    }
}
