namespace Conversational.Commands.Tests;

/// <summary>What a mistyped command and an unreadable unlink say, in the three languages: the nearest command word when
/// one is close, and unlinking spoken of as unlinking.</summary>
public sealed class UnknownCommandTests
{
    [Theory]
    [InlineData("#envoier 5€ @alice", "#envoyer", Language.French)]
    [InlineData("#balanse", "#balance", Language.English)]
    [InlineData("#BALANSE", "#balance", Language.English)]
    [InlineData("#sned 5€ @lea", "#send", Language.English)]
    [InlineData("/balanse", "/balance", Language.English)]
    [InlineData("/balanse@SomeBot", "/balance", Language.English)]
    [InlineData("#delir web jules", "#délier", Language.French)]
    [InlineData("#soldes", "#solde", Language.French)]
    [InlineData("#رصبد", "#رصيد", Language.Arabic)]
    [InlineData("#الرصبد", "#الرصيد", Language.Arabic)]
    public void A_mistyped_command_suggests_the_nearest_command_in_its_language(string message, string suggestion, Language language)
    {
        var error = Assert.IsType<ParseError>(CommandParser.Parse(message, Contexts.Default));

        Assert.Equal(ParseErrorCode.UnknownCommand, error.Code);
        Assert.Equal(suggestion, error.Suggestion);
        Assert.Equal(language, error.Language);
    }

    [Theory]
    [InlineData("#foo")]
    [InlineData("#hello")]
    [InlineData("/delete")]
    [InlineData("#xyzzy 5€ @lea")]
    [InlineData("/foo")]
    [InlineData("#مرحبا")]
    public void A_word_far_from_every_command_gets_no_suggestion(string message)
    {
        var error = Assert.IsType<ParseError>(CommandParser.Parse(message, Contexts.Default));

        Assert.Equal(ParseErrorCode.UnknownCommand, error.Code);
        Assert.Null(error.Suggestion);
    }

    [Theory]
    [InlineData("#envoier 5€ @alice",
        "Je ne connais pas la commande «\u00A0#envoier\u00A0». Vouliez-vous dire #envoyer\u00A0? Envoyez AIDE pour voir les commandes.")]
    [InlineData("#balanse", "I don't know the command “#balanse”. Did you mean #balance? Send HELP to see the commands.")]
    [InlineData("#foo", "I don't know the command “#foo”. Send HELP to see the commands.")]
    [InlineData("#رصبد", "لا أعرف الأمر «#رصبد». هل تقصد #رصيد؟ أرسل «مساعدة» لرؤية الأوامر.")]
    public void The_unknown_command_is_explained_with_its_suggestion(string message, string expected)
    {
        Assert.Equal(expected, ParseErrorMessages.Describe((ParseError)CommandParser.Parse(message, Contexts.Default)));
    }

    [Theory]
    [InlineData("#unlink the web chat (jules)",
        "I can't tell what to unlink in “web chat (jules)”. Write a phone number, telegram, or web and a name, "
        + "for example: #unlink +33612345678")]
    [InlineData("#délier le chat web (jules)",
        "Je ne vois pas quoi délier dans «\u00A0chat web (jules)\u00A0». Écrivez un numéro de téléphone, telegram, ou web et un nom, "
        + "par exemple\u00A0: #délier 06 12 34 56 78")]
    [InlineData("#فك الربط الدردشة على الموقع (frank)",
        "لا أعرف ما الذي تريد فك ربطه في «الدردشة على الموقع (frank)». اكتب رقم هاتف أو telegram أو web ثم الاسم، مثال: فك الربط +٣٣٦١٢٣٤٥٦٧٨")]
    [InlineData("#link the web chat (jules)",
        "I can't tell what to link in “web chat (jules)”. Write a phone number, a @name, telegram @name or web name, "
        + "for example: #link +33612345678")]
    public void An_unreadable_unlink_target_is_explained_as_unlinking(string message, string expected)
    {
        Assert.Equal(expected, ParseErrorMessages.Describe((ParseError)CommandParser.Parse(message, Contexts.Default)));
    }

    [Theory]
    [InlineData("#send 5 dinars @bob", "“5 dinars” could mean several currencies. Write its three-letter ISO code instead, such as EUR.")]
    [InlineData("#envoyer 5 dinars à @bob",
        "«\u00A05 dinars\u00A0» peut désigner plusieurs devises. Écrivez plutôt son code ISO à trois lettres, comme EUR.")]
    [InlineData("#ارسل ٥ دينار @bob", "«٥ دينار» قد تعني عدة عملات. اكتب بدلًا منها رمز ISO من ثلاثة أحرف، مثل EUR.")]
    public void An_ambiguous_currency_suggests_the_configured_currency_only(string message, string expected)
    {
        Assert.Equal(expected, ParseErrorMessages.Describe((ParseError)CommandParser.Parse(message, Contexts.Default)));
    }

    [Fact]
    public void An_ambiguous_currency_suggests_the_configured_currency_of_another_deployment()
    {
        var error = (ParseError)CommandParser.Parse("#send 5 dinars @bob", Contexts.From("currency=TND"));

        Assert.Equal("“5 dinars” could mean several currencies. Write its three-letter ISO code instead, such as TND.",
            ParseErrorMessages.Describe(error));
    }

    [Theory]
    [InlineData("#send 5 EUR 0612", "“0612” is not a valid phone number. Write it like +33 6 12 34 56 78.")]
    [InlineData("#envoyer 5€ à 0612", "«\u00A00612\u00A0» n'est pas un numéro de téléphone valide.")]
    public void Digits_after_the_amount_are_a_phone_number_cut_short(string message, string expected)
    {
        Assert.StartsWith(expected, ParseErrorMessages.Describe((ParseError)CommandParser.Parse(message, Contexts.Default)),
            StringComparison.Ordinal);
    }
}
