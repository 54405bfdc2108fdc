namespace Conversational.Commands.Tests;

/// <summary>Linking channels, unlinking and choosing a handle, in the three languages, written as in
/// <see cref="ResultText"/>: a phone number comes out in E.164, a code in digits 0-9, names in lower case.</summary>
public sealed class LinkCommandParserTests
{
    [Theory]
    // Link: a phone number, a handle, a Telegram user, a web chat name, or nothing (what is linked)
    [InlineData("#link +33612345678", "link +33612345678 en")]
    [InlineData("#link +33 6 12 34 56 78", "link +33612345678 en")]
    [InlineData("/link 06.12.34.56.78", "link +33612345678 en")]
    [InlineData("#link my phone 06 12 34 56 78", "link +33612345678 en")]
    [InlineData("link +33612345678", "link +33612345678 en")]
    [InlineData("#link @Lea", "link @lea en")]
    [InlineData("#link lea", "link @lea en")]
    [InlineData("#link telegram @Lea_T", "link telegram @lea_t en")]
    [InlineData("#link telegram lea_t", "link telegram @lea_t en")]
    [InlineData("#link web alice", "link web alice en")]
    [InlineData("#link telegram", "link telegram en")]
    [InlineData("#link", "link en")]
    [InlineData("link", "link en")]
    [InlineData("#lier 06 12 34 56 78", "link +33612345678 fr")]
    [InlineData("#lier avec mon numéro 06 12 34 56 78", "link +33612345678 fr")]
    [InlineData("lier telegram @lea", "link telegram @lea fr")]
    [InlineData("#associer web alice", "link web alice fr")]
    [InlineData("#lier", "link fr")]
    [InlineData("ربط +33612345678", "link +33612345678 ar")]
    [InlineData("#ربط رقم ٠٦١٢٣٤٥٦٧٨", "link +33612345678 ar")]
    [InlineData("اربط تيليجرام @lea", "link telegram @lea ar")]
    [InlineData("ربط", "link ar")]
    // The code typed back: six digits of any script, maybe in two groups
    [InlineData("#link 123456", "link code=123456 en")]
    [InlineData("link code 123 456", "link code=123456 en")]
    [InlineData("#lier 654321", "link code=654321 fr")]
    [InlineData("ربط ١٢٣٤٥٦", "link code=123456 ar")]
    [InlineData("#ربط رمز ٦٥٤ ٣٢١", "link code=654321 ar")]
    // Unlink: this chat, or a number, Telegram, a web chat name
    [InlineData("#unlink", "unlink en")]
    [InlineData("unlink", "unlink en")]
    [InlineData("#unlink +33612345678", "unlink +33612345678 en")]
    // The undo hints given after linking, sent as they are written
    [InlineData("#unlink web jules", "unlink web jules en")]
    [InlineData("#unlink telegram @name", "unlink telegram @name en")]
    [InlineData("#unlink web jules, #unlink +33612345678", "error link.invalid-target en")]
    [InlineData("#délier web jules", "unlink web jules fr")]
    [InlineData("#délier +33612345678", "unlink +33612345678 fr")]
    [InlineData("#délier telegram", "unlink telegram fr")]
    [InlineData("فك الربط web frank", "unlink web frank ar")]
    [InlineData("فك الربط +33612345678", "unlink +33612345678 ar")]
    [InlineData("فك الربط telegram", "unlink telegram ar")]
    [InlineData("#unlink telegram", "unlink telegram en")]
    [InlineData("#unlink web", "unlink web en")]
    [InlineData("#délier", "unlink fr")]
    [InlineData("delier 06 12 34 56 78", "unlink +33612345678 fr")]
    [InlineData("#dissocier telegram", "unlink telegram fr")]
    [InlineData("فك الربط", "unlink ar")]
    [InlineData("إلغاء الربط +33612345678", "unlink +33612345678 ar")]
    [InlineData("#فك ربط تيليجرام", "unlink telegram ar")]
    // Handle: show it, or choose one (one script, a letter, 2 to 32 characters)
    [InlineData("#handle", "handle en")]
    [InlineData("my handle", "handle en")]
    [InlineData("#handle Lea_M", "handle @lea_m en")]
    [InlineData("#handle @lea_m", "handle @lea_m en")]
    [InlineData("#username lea2", "handle @lea2 en")]
    [InlineData("handle lea_m", "handle @lea_m en")]
    [InlineData("#pseudo", "handle fr")]
    [InlineData("#pseudo léa", "error handle.invalid fr")]
    [InlineData("#pseudo lea_m", "handle @lea_m fr")]
    [InlineData("mon pseudo", "handle fr")]
    [InlineData("#identifiant @lea_m", "handle @lea_m fr")]
    [InlineData("#معرف", "handle ar")]
    [InlineData("#معرف ليلى", "handle @ليلى ar")]
    [InlineData("#لقب lea_m", "handle @lea_m ar")]
    [InlineData("#handle 12345", "error handle.invalid en")]
    [InlineData("#handle x", "error handle.invalid en")]
    [InlineData("#handle lеa", "error handle.invalid en")]
    [InlineData("#handle leaليلى", "error handle.invalid en")]
    [InlineData("#handle lea m", "error handle.invalid en")]
    // Language of the messages sent on the service's own initiative
    [InlineData("#language", "language en")]
    [InlineData("#language fr", "language fr en")]
    [InlineData("#language French", "language fr en")]
    [InlineData("language auto", "language auto en")]
    [InlineData("#langue anglais", "language en fr")]
    [InlineData("#langue français", "language fr fr")]
    [InlineData("langue", "language fr")]
    [InlineData("#لغة العربية", "language ar ar")]
    [InlineData("#اللغة الفرنسية", "language fr ar")]
    [InlineData("#لغة تلقائي", "language auto ar")]
    [InlineData("#language klingon", "language en")]
    [InlineData("language school", "question en")]
    // Errors and questions
    [InlineData("#link +336", "error recipient.invalid-phone en")]
    [InlineData("#link @x", "error recipient.invalid-handle en")]
    [InlineData("#link lea and bob", "error link.invalid-target en")]
    [InlineData("#link 12345", "error link.invalid-target en")]
    [InlineData("#lier web é!", "error link.invalid-target fr")]
    [InlineData("link to the website?", "question en")]
    [InlineData("link to my order please", "question en")]
    [InlineData("handle with care", "question en")]
    [InlineData("lier les deux comptes ?", "question fr")]
    public void Message_reads_as_its_link_command_or_error(string message, string expected)
    {
        var result = CommandParser.Parse(message, Contexts.Default);

        Assert.Equal(expected, ResultText.Of(result, message));
    }

    [Fact]
    public void Link_errors_are_explained_in_each_language()
    {
        foreach (var (message, expected) in new[]
        {
            ("#link 12345", "Write a phone number"),
            ("#lier 12345", "Écrivez un numéro"),
            ("#ربط 12345", "اكتب رقم هاتف"),
            ("#handle x", "use 2 to 32 letters"),
            ("#pseudo x", "de 2 à 32 lettres"),
            ("#معرف x", "من ٢ إلى ٣٢"),
        })
        {
            var error = Assert.IsType<ParseError>(CommandParser.Parse(message, Contexts.Default));
            Assert.Contains(expected, ParseErrorMessages.Describe(error), StringComparison.Ordinal);
        }
    }
}
