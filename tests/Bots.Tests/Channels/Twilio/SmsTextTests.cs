using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Tests.Channels.Twilio;

public sealed class SmsTextTests
{
    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(307, 'a', 3)]
    [InlineData(80, '€', 1)]
    [InlineData(81, '€', 2)]
    [InlineData(70, 'ê', 1)]
    [InlineData(71, 'ê', 2)]
    [InlineData(134, 'ê', 2)]
    [InlineData(135, 'ê', 3)]
    public void Segments_are_counted_at_the_boundaries(int length, char c, int segments) =>
        Assert.Equal(segments, SmsSegments.Count(new string(c, length)));

    [Fact]
    public void Emoji_arabic_and_french_are_counted_as_twilio_does()
    {
        Assert.Equal(1, SmsSegments.Count(string.Concat(Enumerable.Repeat("🍕", 35))));
        Assert.Equal(2, SmsSegments.Count(string.Concat(Enumerable.Repeat("🍕", 36))));
        Assert.True(SmsSegments.IsGsm7("Votre commande est confirmée, merci !"));
        Assert.False(SmsSegments.IsGsm7("تم تأكيد طلبك"));
        Assert.Equal(1, SmsSegments.Count("تم تأكيد طلبك"));
        Assert.Equal(0, SmsSegments.Count(""));
    }

    [Fact]
    public void A_long_text_is_cut_into_parts_of_at_most_two_segments_between_words_and_lines()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Line {i}: a few words that make a sentence."));
        var arabic = string.Concat(Enumerable.Repeat("مرحبا بك في المتجر، ", 30));

        foreach (var text in new[] { lines, arabic, new string('x', 700) })
        {
            var parts = SmsSegments.Split(text);

            Assert.True(parts.Count > 1);
            Assert.All(parts, p => Assert.InRange(SmsSegments.Count(p), 1, 2));
            Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
                string.Concat(parts).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        }
        Assert.All(SmsSegments.Split(lines), p => Assert.EndsWith("sentence.", p, StringComparison.Ordinal));
        Assert.Equal(["short"], SmsSegments.Split("short"));
    }

    [Fact]
    public void Choices_become_a_numbered_list_on_a_new_line()
    {
        var reply = new OutboundReply("How should it come?", [new ReplyChoice("Home", "p:1:mode:home"), new ReplyChoice("Relay point", "p:1:mode:relay")]);

        Assert.Equal("How should it come?\n1 Home  2 Relay point", SmsText.Render(reply));
        Assert.Equal("Hi", SmsText.Render(OutboundReply.Plain("Hi")));
    }

    [Fact]
    public void TwiML_is_escaped_with_one_message_per_reply()
    {
        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?><Response><Message>Merci ! Votre commande #42 &lt;ok&gt; &amp; confirmée</Message><Message>2</Message></Response>""",
            SmsText.TwiML(["Merci ! Votre commande #42 <ok> & confirmée", "2"]));
        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?><Response /></Response>""".Replace("</Response>", "", StringComparison.Ordinal), SmsText.TwiML([]));
    }

    [Fact]
    public void Keywords_and_redaction()
    {
        Assert.Equal("ARRET", SmsText.Keyword("  Arrêt "));
        Assert.Contains(SmsText.Keyword("cancel"), SmsText.OptOutWords);
        Assert.DoesNotContain(SmsText.Keyword("stop please"), SmsText.OptOutWords);
        Assert.Equal("+3361234**78", SmsText.Redact("+33612345678"));
        Assert.Equal("(none)", SmsText.Redact(null));
    }

    [Fact]
    public void A_number_presses_a_remembered_choice_only_outside_the_purchase_steps()
    {
        var memory = new SmsChoiceMemory();
        var me = new ChannelIdentity("sms", "+33612345678");
        memory.Remember(me, [new OutboundReply("Claim?", [new ReplyChoice("Accept", "claim:accept"), new ReplyChoice("Not now", "claim:later")])]);
        Assert.Equal("claim:later", memory.ChoiceFor(me, " 2 "));
        Assert.Null(memory.ChoiceFor(me, "3"));
        Assert.Null(memory.ChoiceFor(me, "hello"));
        memory.Remember(me, [new OutboundReply("Which?", [new ReplyChoice("Game", "p:7:sku:g")])]);
        Assert.Null(memory.ChoiceFor(me, "1"));
    }
}
