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
        IReadOnlyList<ChannelIdentity> identities = [new(ChannelIdentity.WebChannel, "alice"), new("telegram", "42")];
        IReadOnlyList<string> linked = [.. identities.Select(texts.Describe)];
        yield return texts.CodeSent("@lea", 10);
        yield return texts.CodeMessage("123456", "Alice (@alice)", 10);
        yield return texts.Links(linked, texts.UnlinkCommands(identities));
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
        yield return texts.Linked("@lea", texts.UndoCommands(new LinkTarget(LinkTargetKind.Handle, "lea"), identities));
        yield return texts.Linked(texts.Describe(identities[0]), texts.UndoCommands(new LinkTarget(LinkTargetKind.WebChat, "alice"), identities));
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
    [InlineData(Language.English, LinkTargetKind.Phone, "+33612345678", "#unlink +33612345678")]
    [InlineData(Language.English, LinkTargetKind.Telegram, "name", "#unlink telegram @name")]
    [InlineData(Language.English, LinkTargetKind.WebChat, "jules", "#unlink web jules")]
    [InlineData(Language.English, LinkTargetKind.Handle, "lea", "#unlink web lea, #unlink +33612345678, #unlink telegram")]
    [InlineData(Language.French, LinkTargetKind.Phone, "+33612345678", "#délier +33612345678")]
    [InlineData(Language.French, LinkTargetKind.WebChat, "jules", "#délier web jules")]
    [InlineData(Language.French, LinkTargetKind.Handle, "lea", "#délier web lea, #délier +33612345678, #délier telegram")]
    [InlineData(Language.Arabic, LinkTargetKind.WebChat, "frank", "فك الربط web frank")]
    [InlineData(Language.Arabic, LinkTargetKind.Telegram, "name", "فك الربط telegram @name")]
    [InlineData(Language.Arabic, LinkTargetKind.Handle, "lea", "فك الربط web lea، فك الربط +33612345678، فك الربط telegram")]
    public void Every_undo_hint_is_an_unlink_command_that_reads_as_sent(Language language, LinkTargetKind kind, string value, string expected)
    {
        var texts = LinkTexts.For(language);
        // What a @name reached: its web chat, its number by SMS and WhatsApp (one command), its Telegram.
        ChannelIdentity[] reached =
        [
            new(ChannelIdentity.WebChannel, value), new(ChannelIdentity.SmsChannel, "+33612345678"),
            new(ChannelIdentity.WhatsAppChannel, "+33612345678"), new("telegram", "42"), new("botframework", "29:1"),
        ];

        var hint = texts.UndoCommands(new LinkTarget(kind, value), reached);

        Assert.Equal(expected, hint);
        var context = new ParseContext(new Conversational.Bots.Phones.LibPhoneNumberReader());
        foreach (var command in hint.Split(language == Language.Arabic ? "، " : ", "))
        {
            var parsed = Assert.IsType<UnlinkIdentityCommand>(CommandParser.Parse(command, context));
            Assert.NotNull(parsed.Target);
            Assert.Equal(language, parsed.Language);
        }
    }

    [Theory]
    [InlineData(Language.English, "I sent a 6-digit code to the web chat (jules).")]
    [InlineData(Language.French, "J'ai envoyé un code à 6 chiffres au chat web (jules).")]
    [InlineData(Language.Arabic, "أرسلت رمزًا من ٦ أرقام إلى الدردشة على الموقع (jules).")]
    public void The_code_sent_to_a_web_chat_reads_in_good_grammar(Language language, string expected)
    {
        var texts = LinkTexts.For(language);

        Assert.StartsWith(expected, texts.CodeSent(texts.Describe(new ChannelIdentity(ChannelIdentity.WebChannel, "jules")), 10),
            StringComparison.Ordinal);
        Assert.StartsWith(language == Language.French ? "J'ai envoyé un code à 6 chiffres à @lea." : "", texts.CodeSent("@lea", 10),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_agrees_a_linked_web_chat_in_the_feminine_and_a_number_in_the_masculine()
    {
        var arabic = LinkTexts.For(Language.Arabic);

        Assert.StartsWith("تم الربط: صارت الدردشة على الموقع (frank) وهذه المحادثة تتشاركان",
            arabic.Linked("الدردشة على الموقع (frank)", "فك الربط web frank"), StringComparison.Ordinal);
        Assert.StartsWith("تم الربط: صار +33612345678 وهذه المحادثة يتشاركان",
            arabic.Linked("+33612345678", "فك الربط +33612345678"), StringComparison.Ordinal);
        Assert.Equal("الدردشة على الموقع (frank) غير مرتبطة بمحفظتك.", arabic.NotLinked("الدردشة على الموقع (frank)"));
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
