namespace Emulation.Domain.Proposals;

public enum ProposalStatus
{
    /// <summary>With the receiving level, waiting for its appraisal and decision.</summary>
    Sent,

    /// <summary>Returned by the receiving level for amendment (trả lại để bổ sung), with its reasons.</summary>
    Returned,

    /// <summary>Every nomination in it has the deciding level's outcome.</summary>
    Closed,
}
