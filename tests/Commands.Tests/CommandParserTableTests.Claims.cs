namespace Conversational.Commands.Tests;

/// <summary>Claiming the money waiting for the person, in the three languages, and the words near it that keep
/// their meaning; and a message too long, answered in the language it shows.</summary>
public sealed partial class CommandParserTableTests
{
    [Theory]
    [InlineData("#claim", "claim en")]
    [InlineData("/claim", "claim en")]
    [InlineData("claim", "claim en")]
    [InlineData("Accept", "claim en")]
    [InlineData("accept please", "claim en")]
    [InlineData("#récupérer", "claim fr")]
    [InlineData("recuperer", "claim fr")]
    [InlineData("#accepter", "claim fr")]
    [InlineData("encaisser", "claim fr")]
    [InlineData("استلام", "claim ar")]
    [InlineData("#استلم", "claim ar")]
    [InlineData("أقبل", "claim ar")]
    [InlineData("قبول", "claim ar")]
    [InlineData("help claim", "help claim en")]
    // Still what they meant before
    [InlineData("yes", "confirm en")]
    [InlineData("oui", "confirm fr")]
    [InlineData("نعم", "confirm ar")]
    [InlineData("claim my parcel?", "question en")]
    public void Claim_words_read_as_a_claim(string message, string expected)
    {
        Assert.Equal(expected, ResultText.Of(CommandParser.Parse(message, Contexts.Default), message));
    }

    [Theory]
    [InlineData("Bonjour, je voudrais savoir où en est ma commande, elle n'est toujours pas arrivée. ", "fr")]
    [InlineData("مرحبا، أريد أن أعرف أين طلبي، لم يصل بعد. ", "ar")]
    [InlineData("Hello, I would like to know where my order is, it has still not arrived. ", "en")]
    public void Message_too_long_is_refused_in_the_language_it_is_written_in(string sentence, string language)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, 5000 / sentence.Length + 1));

        Assert.Equal($"error message.too-long {language}", ResultText.Of(CommandParser.Parse(text, Contexts.Default), text));
    }
}
