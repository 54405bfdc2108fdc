using System.CommandLine;
using System.Text.Json;
using Conversational.Bots.Cli;
using Conversational.Bots.Phones;
using Conversational.Commands;

namespace Conversational.Bots.Tests.Cli;

public sealed class ParseVerbTests
{
    private static readonly ParseContext Context = new(new LibPhoneNumberReader());

    [Fact]
    public async Task Messages_from_stdin_become_one_json_line_each_in_order()
    {
        var input = new StringReader("""
            #envoyer 50EUR @lea
            #buy GAME42
            رصيد
            où est ma commande ?
            #send 5.555 EUR @lea
            """);
        var output = new StringWriter();

        await ParseVerb.RunAsync(input, output, Context, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                """{"command":"send","amount":{"minor":5000,"currency":"EUR"},"recipient":{"type":"handle","value":"lea"},"language":"fr"}""",
                """{"command":"buy","code":"GAME42","language":"en"}""",
                """{"command":"balance","language":"ar"}""",
                """{"command":"question","text":"où est ma commande ?","language":"fr"}""",
            ],
            lines[..4]);
        using var error = JsonDocument.Parse(lines[4]);
        Assert.Equal("amount.too-many-decimals", error.RootElement.GetProperty("error").GetString());
        Assert.Equal("en", error.RootElement.GetProperty("language").GetString());
        Assert.Contains("EUR", error.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("#send \ud800 @lea")]
    [InlineData("\udc00\ud800")]
    [InlineData("#send 5€ @lea pour \ud83d")]
    [InlineData("\"}{,:[]\\")]
    public void Odd_input_still_gives_one_valid_json_object(string message)
    {
        var json = ParseResultJson.Write(CommandParser.Parse(message, Context));

        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.TryGetProperty("language", out _));
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public async Task The_parse_verb_with_an_argument_parses_that_one_message()
    {
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = new StringWriter() };

        var exitCode = await BotsCommandLine.Create().Parse(["parse", "#send 5EUR @Lea"])
            .InvokeAsync(configuration, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            """{"command":"send","amount":{"minor":500,"currency":"EUR"},"recipient":{"type":"handle","value":"lea"},"language":"en"}""",
            output.ToString().Trim());
    }

    [Fact]
    public void Phone_recipients_and_notes_are_written_out()
    {
        var json = ParseResultJson.Write(CommandParser.Parse("#send 5 EUR à 06.12.34.56.78 pour le loyer", Context));

        Assert.Equal(
            """{"command":"send","amount":{"minor":500,"currency":"EUR"},"recipient":{"type":"phone","value":"+33612345678"},"note":"pour le loyer","language":"en"}""",
            json);
    }
}
