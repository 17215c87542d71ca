using System.Buffers;

namespace QuoteExtraction.Languages;

/// <summary>
/// Inflects a French reporting verb from its infinitive into the forms news writes around a quotation:
/// the infinitive, the present and imparfait in every person, the third persons of the passé simple, futur
/// and conditionnel, the past participle in its four agreements and the present participle.
/// </summary>
/// <remarks>
/// The first group (<c>-er</c>) is inflected with its spelling changes (<c>lança</c>, <c>partagea</c>,
/// <c>rappelle</c>, <c>martèle</c>, <c>relève</c>, <c>répète</c>, <c>emploie</c>). The second group
/// (<c>-ir</c> with <c>-iss-</c>) and the irregular verbs of reporting are inflected from the principal parts of
/// the model whose ending the lemma has (<c>prévenir</c> like <c>venir</c>, <c>admettre</c> like <c>mettre</c>).
/// Any other <c>-ir</c> verb is taken as second group and any other <c>-dre</c> verb conjugates like
/// <c>répondre</c>; <c>aller</c> and <c>envoyer</c> are not covered.
/// Both the traditional spellings and those of the 1990 reform that news also prints are given
/// (<c>reconnaît</c> and <c>reconnait</c>, <c>répétera</c> and <c>répètera</c>).
/// </remarks>
internal static class FrenchConjugation
{
    /// <summary>
    /// The second group and the irregular verbs, by ending: a lemma follows the model of the longest ending it has.
    /// </summary>
    private static readonly Model[] s_models =
    [
        new("ir", Singular: "is", Third: "it", Plural: "iss", ThirdPlural: "issent", Past: "i", Future: "ir", Participle: "i"),
        new("dre", Singular: "ds", Third: "d", Plural: "d", ThirdPlural: "dent", Past: "di", Future: "dr", Participle: "du"),
        new("indre", Singular: "ins", Third: "int", Plural: "ign", ThirdPlural: "ignent", Past: "igni", Future: "indr", Participle: "int"),
        new("prendre", Singular: "prends", Third: "prend", Plural: "pren", ThirdPlural: "prennent", Past: "pri", Future: "prendr", Participle: "pris"),
        new("dire", Singular: "dis", Third: "dit", Plural: "dis", ThirdPlural: "disent", Past: "di", Future: "dir", Participle: "dit"),
        new("lire", Singular: "lis", Third: "lit", Plural: "lis", ThirdPlural: "lisent", Past: "lu", Future: "lir", Participle: "lu"),
        new("rire", Singular: "ris", Third: "rit", Plural: "ri", ThirdPlural: "rient", Past: "ri", Future: "rir", Participle: "ri"),
        new("crire", Singular: "cris", Third: "crit", Plural: "criv", ThirdPlural: "crivent", Past: "crivi", Future: "crir", Participle: "crit"),
        new("croire", Singular: "crois", Third: "croit", Plural: "croy", ThirdPlural: "croient", Past: "cru", Future: "croir", Participle: "cru"),
        new("clure", Singular: "clus", Third: "clut", Plural: "clu", ThirdPlural: "cluent", Past: "clu", Future: "clur", Participle: "clu"),
        new("venir", Singular: "viens", Third: "vient", Plural: "ven", ThirdPlural: "viennent", Past: "vin", Future: "viendr", Participle: "venu"),
        new("tenir", Singular: "tiens", Third: "tient", Plural: "ten", ThirdPlural: "tiennent", Past: "tin", Future: "tiendr", Participle: "tenu"),
        new("mentir", Singular: "mens", Third: "ment", Plural: "ment", ThirdPlural: "mentent", Past: "menti", Future: "mentir", Participle: "menti"),
        new("mettre", Singular: "mets", Third: "met", Plural: "mett", ThirdPlural: "mettent", Past: "mi", Future: "mettr", Participle: "mis"),
        new("suivre", Singular: "suis", Third: "suit", Plural: "suiv", ThirdPlural: "suivent", Past: "suivi", Future: "suivr", Participle: "suivi"),
        new("connaître", Singular: "connais", Third: "connaît", Plural: "connaiss", ThirdPlural: "connaissent", Past: "connu", Future: "connaîtr", Participle: "connu"),
        new("paraître", Singular: "parais", Third: "paraît", Plural: "paraiss", ThirdPlural: "paraissent", Past: "paru", Future: "paraîtr", Participle: "paru"),
    ];

    /// <summary>The second person plural forms that do not end in <c>-ez</c> (<c>contredire</c> gives <c>contredisez</c>).</summary>
    private static readonly Dictionary<string, string> s_irregularSecondPlural = new(StringComparer.Ordinal)
    {
        ["dire"] = "dites",
        ["redire"] = "redites",
    };

    /// <summary>
    /// The <c>-eler</c> and <c>-eter</c> verbs that take a grave accent (<c>martèle</c>) where the others double
    /// their consonant (<c>rappelle</c>), with their compounds.
    /// </summary>
    private static readonly HashSet<string> s_graveAccentVerbs = new(StringComparer.Ordinal)
    {
        "acheter", "ciseler", "congeler", "corseter", "crocheter", "déceler", "dégeler", "démanteler", "écarteler", "fureter",
        "geler", "haleter", "harceler", "marteler", "modeler", "peler", "racheter", "receler", "remodeler", "surgeler",
    };

    /// <summary>The letters that spell a vowel, to find the last vowel of a stem.</summary>
    private static readonly SearchValues<char> s_vowels = SearchValues.Create("aeiouyéèêëâàîïôûù");

    /// <summary>
    /// The forms of <paramref name="lemma"/>, a lower-case infinitive without its reflexive pronoun
    /// (<c>alarmer</c> for <c>s'alarmer</c>), each once, always in the same order.
    /// </summary>
    /// <exception cref="ArgumentException">The lemma is not an infinitive that a model covers.</exception>
    public static IEnumerable<string> Forms(string lemma)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lemma);
        var forms = new FormList();
        forms.Add(lemma);
        if (ModelOf(lemma) is { } model)
        {
            AddModelForms(forms, lemma, model);
        }
        else if (lemma.Length > 2 && lemma.EndsWith("er", StringComparison.Ordinal))
        {
            AddFirstGroupForms(forms, lemma);
        }
        else
        {
            throw new ArgumentException($"'{lemma}' is not a French infinitive that the conjugation models cover.", nameof(lemma));
        }

        return forms.Items;
    }

    private static Model? ModelOf(string lemma)
    {
        Model? best = null;
        foreach (var model in s_models)
        {
            if (lemma.EndsWith(model.Ending, StringComparison.Ordinal)
                && (best is null || model.Ending.Length > best.Ending.Length))
            {
                best = model;
            }
        }

        return best;
    }

    private static void AddModelForms(FormList forms, string lemma, Model model)
    {
        var prefix = lemma[..^model.Ending.Length];
        var plural = prefix + model.Plural;
        forms.Add(prefix + model.Singular);
        forms.Add(prefix + model.Third);
        forms.Add(plural + "ons");
        forms.Add(s_irregularSecondPlural.GetValueOrDefault(lemma) ?? plural + "ez");
        forms.Add(prefix + model.ThirdPlural);
        AddImparfait(forms, plural, plural);
        forms.Add(prefix + model.Past + "t");
        forms.Add(prefix + model.Past + "rent");
        AddFutureAndConditional(forms, prefix + model.Future);
        AddParticiples(forms, prefix + model.Participle);
        forms.Add(plural + "ant");
    }

    private static void AddFirstGroupForms(FormList forms, string lemma)
    {
        var stem = lemma[..^2];

        // Before a and o, c becomes ç and g takes an e to keep their sound (lança, partageait).
        var soft = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
        var (strong, future) = StrongStems(lemma, stem);
        foreach (var s in strong)
        {
            forms.Add(s + "e");
            forms.Add(s + "es");
        }

        forms.Add(soft + "ons");
        forms.Add(stem + "ez");
        foreach (var s in strong)
        {
            forms.Add(s + "ent");
        }

        AddImparfait(forms, soft, stem);
        forms.Add(soft + "a");
        forms.Add(stem + "èrent");
        foreach (var f in future)
        {
            AddFutureAndConditional(forms, f + "er");
        }

        AddParticiples(forms, stem + "é");
        forms.Add(soft + "ant");
    }

    /// <summary>
    /// The stems before a silent ending (<c>rappell-e</c>, <c>répèt-e</c>) and the stems of the futur, where
    /// <c>e</c> stays silent too: the traditional <c>répétera</c> keeps its é, the reformed <c>répètera</c> does not.
    /// </summary>
    private static (string[] Strong, string[] Future) StrongStems(string lemma, string stem)
    {
        if (stem.EndsWith("oy", StringComparison.Ordinal) || stem.EndsWith("uy", StringComparison.Ordinal))
        {
            string[] changed = [stem[..^1] + "i"];
            return (changed, changed);
        }

        if (stem.EndsWith("ay", StringComparison.Ordinal))
        {
            // paie and paye are both correct.
            string[] both = [stem[..^1] + "i", stem];
            return (both, both);
        }

        int vowel = stem.AsSpan().LastIndexOfAny(s_vowels);
        if (vowel < 0 || vowel == stem.Length - 1)
        {
            return ([stem], [stem]);
        }

        if (stem[vowel] == 'é')
        {
            var grave = string.Concat(stem.AsSpan(0, vowel), "è", stem.AsSpan(vowel + 1));
            return ([grave], [stem, grave]);
        }

        // A silent e before a single consonant is heard as è before a silent ending (relève); "ee" in
        // tweeter and the closed syllables of protester or interpeller do not change.
        bool silentE = stem[vowel] == 'e' && vowel == stem.Length - 2 && stem[^1] != 'x'
            && (vowel == 0 || !IsVowel(stem[vowel - 1]));
        if (!silentE)
        {
            return ([stem], [stem]);
        }

        string[] strong = stem[^1] is 'l' or 't' && !s_graveAccentVerbs.Contains(lemma)
            ? [stem + stem[^1]]
            : [string.Concat(stem.AsSpan(0, vowel), "è", stem.AsSpan(vowel + 1))];
        return (strong, strong);
    }

    private static bool IsVowel(char c) => s_vowels.Contains(c);

    /// <summary>The imparfait: <paramref name="stem"/> before a or ai, <paramref name="iStem"/> before i (lançait, lancions).</summary>
    private static void AddImparfait(FormList forms, string stem, string iStem)
    {
        forms.Add(stem + "ais");
        forms.Add(stem + "ait");
        forms.Add(iStem + "ions");
        forms.Add(iStem + "iez");
        forms.Add(stem + "aient");
    }

    private static void AddFutureAndConditional(FormList forms, string stem)
    {
        forms.Add(stem + "a");
        forms.Add(stem + "ont");
        forms.Add(stem + "ait");
        forms.Add(stem + "aient");
    }

    /// <summary>The four agreements of a past participle; one that ends in s keeps it in the masculine plural (admis).</summary>
    private static void AddParticiples(FormList forms, string participle)
    {
        forms.Add(participle);
        forms.Add(participle + "e");
        forms.Add(participle.EndsWith('s') ? participle : participle + "s");
        forms.Add(participle + "es");
    }

    /// <summary>
    /// The principal parts of a conjugation model, each to be written after the lemma's prefix before
    /// <see cref="Ending"/>: the first person singular (also the second), the third person singular, the plural
    /// stem of nous, vous, the imparfait and the present participle, the third person plural, the passé simple
    /// stem (before -t and -rent), the futur stem and the past participle.
    /// </summary>
    private sealed record Model(string Ending, string Singular, string Third, string Plural, string ThirdPlural,
        string Past, string Future, string Participle);

    /// <summary>Forms in the order first added, each once, with the reformed spelling that drops the circumflex on i (reconnait) after the traditional one.</summary>
    private sealed class FormList
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public void Add(string form)
        {
            if (_seen.Add(form))
            {
                Items.Add(form);
            }

            if (form.Contains('î', StringComparison.Ordinal))
            {
                Add(form.Replace('î', 'i'));
            }
        }
    }
}
