using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>HELP after STOP (carrier rules, channels.md §2.7), and the language hint a phone number gives.</summary>
public sealed class TwilioHelpAfterStopTests
{
    private const string Lea = "+33612345678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("HELP", "Conversational: you have unsubscribed and will get no more messages. Reply START to subscribe again. Help: aide@example.com.")]
    [InlineData(" info ", "Conversational: you have unsubscribed and will get no more messages. Reply START to subscribe again. Help: aide@example.com.")]
    [InlineData("Aide", "Conversational : désabonnement enregistré, vous ne recevrez plus de messages. Répondez START pour vous réabonner. Aide : aide@example.com.")]
    [InlineData("مساعدة", "Conversational: لقد ألغيت اشتراكك ولن تصلك رسائل أخرى. أرسل START لإعادة الاشتراك. للمساعدة: aide@example.com.")]
    public async Task Help_after_stop_is_answered_with_the_program_and_contact_and_does_not_opt_back_in(string word, string answer)
    {
        await using var host = await TwilioHost.StartAsync(("Twilio:SupportContact", "aide@example.com"));
        var lea = new ChannelIdentity("sms", Lea);
        await host.SmsAsync(Lea, "hello");
        await host.SmsAsync(Lea, "STOP");

        Assert.Equal([answer], TwilioHost.Messages(await host.SmsAsync(Lea, word)));

        Assert.True(await host.Get<ChatOptOuts>().IsOptedOutAsync(lea, Ct));
        Assert.Empty(TwilioHost.Messages(await host.SmsAsync(Lea, "#balance")));
        Assert.Empty(TwilioHost.Messages(await host.SmsAsync(Lea, "help me please")));
        Assert.Single(TwilioHost.Messages(await host.SmsAsync(Lea, "START")));
        Assert.False(await host.Get<ChatOptOuts>().IsOptedOutAsync(lea, Ct));
    }

    [Fact]
    public async Task Help_after_stop_speaks_the_language_the_person_last_wrote_in()
    {
        await using var host = await TwilioHost.StartAsync(("Twilio:ProgramName", "Boutique Léa"));
        await host.SmsAsync(Lea, "bonjour");
        await host.SmsAsync(Lea, "ARRET");

        var help = TwilioHost.Messages(await host.SmsAsync(Lea, "HELP"));

        Assert.Equal(["Boutique Léa : désabonnement enregistré, vous ne recevrez plus de messages. Répondez START pour vous réabonner."], help);
        Assert.InRange(SmsSegments.Count(help[0]), 1, 2);
    }

    [Fact]
    public async Task Help_from_someone_who_did_not_stop_gets_the_general_help_then_the_program_and_how_to_stop()
    {
        await using var host = await TwilioHost.StartAsync(("Twilio:SupportContact", "aide@example.com"));

        var help = TwilioHost.Messages(await host.SmsAsync(Lea, "HELP"));

        Assert.Contains("#balance", string.Join("\n", help), StringComparison.Ordinal);
        Assert.DoesNotContain("unsubscribed", string.Join("\n", help), StringComparison.Ordinal);
        Assert.Equal("Conversational: reply STOP to unsubscribe. Help: aide@example.com.", help[^1]);
        Assert.Equal("Conversational : répondez STOP pour vous désabonner. Aide : aide@example.com.",
            TwilioHost.Messages(await host.SmsAsync(Lea, "AIDE"))[^1]);
    }

    [Theory]
    [InlineData("+33612345678", "fr")]
    [InlineData("+21698765432", "fr")]
    [InlineData("+971501234567", "ar")]
    [InlineData("+14155550100", null)]
    public void A_phone_number_gives_the_language_of_its_country_as_a_hint(string number, string? language) =>
        Assert.Equal(language, TwilioWebhook.LanguageHint(number));

    [Theory]
    [InlineData("+21698765432", "Bonjour")]
    [InlineData("+971501234567", "مرحب")]
    public async Task A_first_sms_with_no_words_to_go_by_is_answered_in_the_language_of_the_number(string number, string expected)
    {
        await using var host = await TwilioHost.StartAsync();

        var answer = string.Join("\n", TwilioHost.Messages(await host.SmsAsync(number, "42")));

        Assert.Contains(expected, answer, StringComparison.Ordinal);
    }
}
