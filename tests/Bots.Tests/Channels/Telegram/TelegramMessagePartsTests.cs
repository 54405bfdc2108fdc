using Conversational.Bots.Channels.Telegram;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>Pure tests of how a reply over 4096 characters is cut into several sendMessage texts.</summary>
public sealed class TelegramMessagePartsTests
{
    [Fact]
    public void A_text_that_fits_is_one_part_unchanged()
    {
        var text = new string('a', TelegramMessageParts.MaxLength);
        Assert.Equal([text], TelegramMessageParts.Split(text));
        Assert.Empty(TelegramMessageParts.Split("  \n "));
    }

    [Fact]
    public void Paragraphs_are_kept_whole_when_a_paragraph_break_is_in_the_second_half()
    {
        var first = string.Join(' ', Enumerable.Repeat("word", 700));          // 3499 characters
        var second = string.Join(' ', Enumerable.Repeat("mot", 400));          // 1599 characters
        var parts = TelegramMessageParts.Split(first + "\n\n" + second + "\nend");

        Assert.Equal([first, second + "\nend"], parts);
    }

    [Fact]
    public void Without_paragraphs_it_cuts_between_lines_then_between_words()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line {i:D3} of the statement"));
        var byLines = TelegramMessageParts.Split(lines);
        Assert.True(byLines.Count > 1);
        Assert.All(byLines, p => Assert.InRange(p.Length, 1, TelegramMessageParts.MaxLength));
        Assert.All(byLines, p => Assert.EndsWith("of the statement", p, StringComparison.Ordinal));
        Assert.Equal(lines, string.Join('\n', byLines));

        var words = string.Join(' ', Enumerable.Repeat("bonjour", 1500));
        var byWords = TelegramMessageParts.Split(words);
        Assert.All(byWords, p => Assert.InRange(p.Length, 1, TelegramMessageParts.MaxLength));
        Assert.All(byWords, p => Assert.True(p.StartsWith("bonjour", StringComparison.Ordinal) && p.EndsWith("bonjour", StringComparison.Ordinal)));
        Assert.Equal(words, string.Join(' ', byWords));
    }

    [Theory]
    [InlineData("🍕")]
    [InlineData("a🍕")]
    [InlineData("é")]
    [InlineData("ب")]
    public void A_text_without_spaces_is_cut_hard_but_never_inside_a_surrogate_pair(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 5000));
        var parts = TelegramMessageParts.Split(text);

        Assert.True(parts.Count >= 2);
        Assert.Equal(text, string.Concat(parts));
        foreach (var part in parts)
        {
            Assert.InRange(part.Length, 1, TelegramMessageParts.MaxLength);
            Assert.False(char.IsLowSurrogate(part[0]), "a part starts with half an emoji");
            Assert.False(char.IsHighSurrogate(part[^1]), "a part ends with half an emoji");
        }
    }

    [Fact]
    public void A_letter_and_its_combining_accent_stay_together()
    {
        var text = string.Concat(Enumerable.Repeat("e\u0301", 3000));   // "é" written as e + combining acute
        var parts = TelegramMessageParts.Split(text);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.Equal('e', p[0]));
    }
}
