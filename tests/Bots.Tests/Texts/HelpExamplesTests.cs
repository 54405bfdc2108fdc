using System.Text.RegularExpressions;
using Conversational.Bots.Conversations.Texts;
using Conversational.Bots.Phones;
using Conversational.Commands;

namespace Conversational.Bots.Tests.Texts;

/// <summary>What the replies tell people to write is what the parser reads, in the language it was written in.</summary>
public sealed partial class HelpExamplesTests
{
    private static readonly ParseContext Context = new(new LibPhoneNumberReader());

    /// <summary>The general help lists, in this order, one example per line.</summary>
    private static readonly CommandKind[] GeneralHelp =
        [CommandKind.Send, CommandKind.Donate, CommandKind.Balance, CommandKind.History, CommandKind.Buy, CommandKind.Orders, CommandKind.Cancel];

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    [InlineData(Language.Arabic)]
    public void Each_line_of_the_general_help_starts_with_an_example_that_parses_to_its_command(Language language)
    {
        var examples = Bullet().Matches(ReplyTexts.For(language).Help(null)).Select(m => m.Groups["example"].Value).ToList();

        Assert.Equal(GeneralHelp.Length, examples.Count);
        foreach (var (example, kind) in examples.Zip(GeneralHelp))
        {
            AssertParses(example, kind, language, hint: null);
        }
    }

    [Theory]
    [InlineData(Language.English, CommandKind.Send, "#send 10EUR @lea")]
    [InlineData(Language.English, CommandKind.Donate, "#donate 10EUR @restosducoeur")]
    [InlineData(Language.English, CommandKind.Balance, "#balance")]
    [InlineData(Language.English, CommandKind.History, "#history")]
    [InlineData(Language.French, CommandKind.Send, "#envoyer 10EUR @lea")]
    [InlineData(Language.French, CommandKind.Donate, "#don 10EUR @restosducoeur")]
    [InlineData(Language.French, CommandKind.Balance, "#solde")]
    [InlineData(Language.French, CommandKind.History, "#historique")]
    [InlineData(Language.French, CommandKind.Spending, "#dépenses")]
    [InlineData(Language.Arabic, CommandKind.Send, "أرسل ١٠ يورو @lea")]
    [InlineData(Language.Arabic, CommandKind.Donate, "تبرع ١٠ يورو @restosducoeur")]
    [InlineData(Language.Arabic, CommandKind.Balance, "رصيد")]
    [InlineData(Language.Arabic, CommandKind.History, "سجل")]
    [InlineData(Language.Arabic, CommandKind.Spending, "مصاريف")]
    public void Topic_help_shows_an_example_that_parses_to_its_command(Language language, CommandKind topic, string example)
    {
        Assert.Contains(example, ReplyTexts.For(language).Help(topic), StringComparison.Ordinal);
        AssertParses(example, topic, language, hint: null);
    }

    /// <summary>Words named in other replies ("Send HELP", "then More", "write: #send ..."). STOP and START are
    /// shared by English and French, so the person's language (the hint) settles them, as it does in the engine.</summary>
    [Theory]
    [InlineData(Language.English, "HELP", CommandKind.Help)]
    [InlineData(Language.English, "START", CommandKind.Start)]
    [InlineData(Language.English, "More", CommandKind.More)]
    [InlineData(Language.English, "#send 10EUR @bob", CommandKind.Send)]
    [InlineData(Language.French, "AIDE", CommandKind.Help)]
    [InlineData(Language.French, "START", CommandKind.Start)]
    [InlineData(Language.French, "Plus", CommandKind.More)]
    [InlineData(Language.French, "#envoyer 10EUR @bob", CommandKind.Send)]
    [InlineData(Language.Arabic, "مساعدة", CommandKind.Help)]
    [InlineData(Language.Arabic, "ابدأ", CommandKind.Start)]
    [InlineData(Language.Arabic, "المزيد", CommandKind.More)]
    [InlineData(Language.Arabic, "أرسل ١٠ يورو @bob", CommandKind.Send)]
    public void Words_the_replies_name_are_words_the_parser_reads(Language language, string word, CommandKind kind)
    {
        var texts = ReplyTexts.For(language);
        var replies = string.Join("\n", ReplySamples.Of(texts).Select(s => s.Text));

        Assert.Contains(word, replies, StringComparison.Ordinal);
        AssertParses(word, kind, language, hint: language);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    [InlineData(Language.Arabic)]
    public void Button_labels_are_words_the_parser_reads_as_the_same_answer(Language language)
    {
        var texts = ReplyTexts.For(language);

        AssertParses(texts.ConfirmLabel, CommandKind.Confirm, language, hint: language);
        AssertParses(texts.CancelLabel, CommandKind.Cancel, language, hint: language);
        AssertParses(texts.MoreLabel, CommandKind.More, language, hint: language);
    }

    private static void AssertParses(string text, CommandKind kind, Language language, Language? hint)
    {
        var result = CommandParser.Parse(text, Context with { LanguageHint = hint });

        var command = Assert.IsAssignableFrom<Command>(result);
        Assert.True(command.Kind == kind && command.Language == language,
            $"\"{text}\" was read as {command.Kind} in {command.Language}, not {kind} in {language}");
        if (command is MoneyCommand money)
        {
            Assert.Equal("EUR", money.Amount.Currency);
            Assert.Equal(RecipientKind.Handle, money.Recipient.Kind);
        }
    }

    /// <summary>"• #send 10EUR @lea: send money", "• #solde\u00A0: votre solde", "• رصيد: معرفة رصيدك".</summary>
    [GeneratedRegex(@"^• (?<example>.+?)\u00A0?: ", RegexOptions.Multiline)]
    private static partial Regex Bullet();
}
