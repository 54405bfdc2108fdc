using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;

namespace Conversational.Bots.Tests.Texts;

/// <summary>Every sentence of linking in the three languages: Arabic in Arabic-Indic digits and Arabic punctuation,
/// French with its no-break spaces, a code message short enough for one SMS of two segments.</summary>
public sealed class LinkTextsTests
{
    public static TheoryData<Language> Languages => [Language.English, Language.French, Language.Arabic];

    private static IEnumerable<string> Samples(LinkTexts texts)
    {
        IReadOnlyList<string> linked = [texts.Describe(new ChannelIdentity(ChannelIdentity.WebChannel, "alice")), texts.Describe(new ChannelIdentity("telegram", "42"))];
        yield return texts.CodeSent("@lea", 10);
        yield return texts.CodeMessage("123456", "Alice (@alice)", 10);
        yield return texts.Links(linked);
        yield return texts.NeedsName(LinkTargetKind.Telegram);
        yield return texts.NeedsName(LinkTargetKind.WebChat);
        yield return texts.UnknownTarget("@lea");
        yield return texts.NotAPerson("@demoshop");
        yield return texts.AlreadyLinked("@lea");
        yield return texts.TargetOptedOut("@lea");
        yield return texts.TooManyCodes("@lea");
        yield return texts.Locked(60);
        yield return texts.WrongCode(1);
        yield return texts.WrongCode(4);
        yield return texts.CodeExpired(10);
        yield return texts.NoLinkWaiting;
        yield return texts.LinkCancelled;
        yield return texts.Linked("@lea");
        yield return texts.JoinedOther("Bob (@bob)");
        yield return texts.BothUsed("@lea");
        yield return texts.Changed;
        yield return texts.LinkedNotice("Alice (@alice)");
        yield return texts.Unlinked("@lea");
        yield return texts.UnlinkedNotice("Alice (@alice)");
        yield return texts.LastIdentity;
        yield return texts.NotLinked("@lea");
        yield return texts.HandleShown(null);
        yield return texts.HandleShown("lea");
        yield return texts.HandleSet("lea");
        yield return texts.HandleTaken("lea");
        yield return texts.Help;
        yield return texts.LanguageShown(null);
        yield return texts.LanguageShown(Language.Arabic);
        yield return texts.LanguageSet;
        yield return texts.LanguageAutomatic;
    }

    [Fact]
    public void Arabic_writes_every_number_and_the_code_in_arabic_indic_digits_with_arabic_punctuation()
    {
        var arabic = LinkTexts.For(Language.Arabic);

        Assert.All(Samples(arabic), text => Assert.False(text.Any(char.IsAsciiDigit), text));
        Assert.All(Samples(arabic), text => Assert.True(text.IndexOfAny([',', ';', '?']) < 0, text));
        Assert.Contains("١٢٣٤٥٦", arabic.CodeMessage("123456", "@alice", 10), StringComparison.Ordinal);
    }

    [Fact]
    public void French_puts_a_no_break_space_before_colons_and_question_marks()
    {
        Assert.All(Samples(LinkTexts.For(Language.French)), text =>
        {
            Assert.DoesNotContain(" :", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" ?", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_code_message_fits_one_sms_of_two_segments_and_says_never_to_share_it(Language language)
    {
        var message = LinkTexts.For(language).CodeMessage("123456", "Alice Martin (@alice_martin)", 10);

        // Accents and Arabic letters make UCS-2 SMS: 67 characters a segment once split.
        Assert.InRange(message.Length, 60, 134);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Help_about_linking_is_a_topic_of_the_general_help(Language language)
    {
        var replies = ReplyTexts.For(language);

        Assert.Equal(LinkTexts.For(language).Help, replies.Help(CommandKind.Link));
        Assert.Equal(LinkTexts.For(language).Help, replies.Help(CommandKind.Handle));
    }
}
