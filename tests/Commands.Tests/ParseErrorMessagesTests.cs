namespace Conversational.Commands.Tests;

public sealed class ParseErrorMessagesTests
{
    public static TheoryData<ParseErrorCode> Codes => [.. Enum.GetValues<ParseErrorCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_error_is_explained_in_each_language_in_its_own_words(ParseErrorCode code)
    {
        foreach (var currency in new[] { "EUR", "JPY", "TND" })
        {
            var messages = Enum.GetValues<Language>()
                .Select(language => ParseErrorMessages.Describe(
                    new ParseError(code, language, CommandKind.Send, "12,345 XYZ", currency)))
                .ToList();

            Assert.All(messages, message =>
            {
                Assert.False(string.IsNullOrWhiteSpace(message));
                Assert.DoesNotContain('{', message);   // every placeholder filled
            });
            Assert.Equal(messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_error_has_its_own_wire_name()
    {
        var names = Enum.GetValues<ParseErrorCode>().Select(code => code.ToWireName()).ToList();

        Assert.All(names, name => Assert.Matches("^[a-z]+\\.[a-z-]+$", name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
