using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;

namespace Conversational.Bots.Tests.Texts;

/// <summary>What holds for every sentence of every language, over <see cref="ReplySamples"/>.</summary>
public sealed class ReplyTextsTests
{
    public static readonly TheoryData<Language> Languages = [Language.English, Language.French, Language.Arabic];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_member_gives_a_sentence_with_no_placeholder_left(Language language)
    {
        var bad = ReplySamples.Of(ReplyTexts.For(language))
            .Where(s => string.IsNullOrWhiteSpace(s.Text) || s.Text.IndexOfAny(['{', '}']) >= 0 || s.Text != s.Text.Trim()
                || s.Text.Contains("  ", StringComparison.Ordinal) || s.Text.Contains(" .", StringComparison.Ordinal))
            .ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_member_of_ReplyTexts_is_sampled(Language language)
    {
        var sampled = ReplySamples.Of(ReplyTexts.For(language)).Select(s => s.Member).ToHashSet();

        Assert.Equal(ReplySamples.Members.Select(m => m.Name).Order(), sampled.Order());
        Assert.True(sampled.Count >= 40, $"only {sampled.Count} members found: is the reflection still right?");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_gives_the_texts_of_the_language_and_its_tag(Language language)
    {
        var texts = ReplyTexts.For(language);

        Assert.Equal(language, texts.Language);
        Assert.Same(texts, ReplyTexts.For(texts.Tag));
        Assert.Same(texts, ReplyTexts.For(texts.Tag + "-XX"));
    }

    [Fact]
    public void Each_language_says_something_different()
    {
        var english = ReplySamples.Of(ReplyTexts.For(Language.English));
        var french = ReplySamples.Of(ReplyTexts.For(Language.French));
        var arabic = ReplySamples.Of(ReplyTexts.For(Language.Arabic));

        // Short words and numbers may coincide ("Plus", "3"); a sentence left untranslated may not.
        var same = english.Zip(french, arabic)
            .Where(t => t.First.Text.Length > 12 && (t.First.Text == t.Second.Text || t.First.Text == t.Third.Text))
            .Select(t => t.First)
            .ToList();
        Assert.True(same.Count == 0, "untranslated:\n" + string.Join("\n", same));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void General_help_fits_in_an_sms_conversation(Language language)
    {
        var help = ReplyTexts.For(language).Help(null);

        Assert.InRange(help.Length, 100, 400);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Topic_help_is_shorter_than_general_help_or_falls_back_to_it(Language language)
    {
        var texts = ReplyTexts.For(language);

        foreach (var topic in Enum.GetValues<CommandKind>())
        {
            var help = texts.Help(topic);
            Assert.True(help == texts.Help(null) || help.Length <= 240, $"{topic}: {help.Length} characters");
        }
    }
}
