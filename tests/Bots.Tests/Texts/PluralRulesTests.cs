using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;

namespace Conversational.Bots.Tests.Texts;

/// <summary>The CLDR examples for integer counts (unicode.org/cldr/charts, "Language Plural Rules").</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(3, PluralCategory.Other)]
    [InlineData(10, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(21, PluralCategory.Other)]
    [InlineData(99, PluralCategory.Other)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Other)]
    [InlineData(111, PluralCategory.Other)]
    [InlineData(1000000, PluralCategory.Other)]
    [InlineData(-1, PluralCategory.One)]
    public void English_has_one_for_1_and_other_for_everything_else(long n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.English(n));

    [Theory]
    [InlineData(0, PluralCategory.One)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(3, PluralCategory.Other)]
    [InlineData(10, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(99, PluralCategory.Other)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Other)]
    [InlineData(111, PluralCategory.Other)]
    [InlineData(1000, PluralCategory.Other)]
    [InlineData(999999, PluralCategory.Other)]
    [InlineData(1000000, PluralCategory.Many)]
    [InlineData(1000001, PluralCategory.Other)]
    [InlineData(2000000, PluralCategory.Many)]
    [InlineData(1000000000, PluralCategory.Many)]
    [InlineData(-1, PluralCategory.One)]
    [InlineData(-1000000, PluralCategory.Many)]
    public void French_has_one_for_0_and_1_and_many_for_whole_millions(long n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.French(n));

    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(10, PluralCategory.Few)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(26, PluralCategory.Many)]
    [InlineData(99, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Few)]
    [InlineData(110, PluralCategory.Few)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(200, PluralCategory.Other)]
    [InlineData(1000, PluralCategory.Other)]
    [InlineData(1003, PluralCategory.Few)]
    [InlineData(1011, PluralCategory.Many)]
    [InlineData(1000000, PluralCategory.Other)]
    [InlineData(-3, PluralCategory.Few)]
    public void Arabic_has_all_six_categories(long n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Arabic(n));

    [Theory]
    [InlineData(Language.English, 0, PluralCategory.Other)]
    [InlineData(Language.French, 0, PluralCategory.One)]
    [InlineData(Language.Arabic, 0, PluralCategory.Zero)]
    [InlineData(Language.French, 1000000, PluralCategory.Many)]
    [InlineData(Language.Arabic, 11, PluralCategory.Many)]
    public void For_picks_the_rules_of_the_language(Language language, long n, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.For(language, n));

    [Fact]
    public void The_smallest_long_is_a_count_like_any_other() =>
        Assert.Equal(
            [PluralCategory.Other, PluralCategory.Other, PluralCategory.Few],   // |n| = 9223372036854775808
            [PluralRules.English(long.MinValue), PluralRules.French(long.MinValue), PluralRules.Arabic(long.MinValue)]);
}
