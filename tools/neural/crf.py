"""A linear-chain CRF over the tagger's seven labels (O, B/I-source, B/I-cue, B/I-content).

The emissions are the head's log probabilities, so the run-time decoder (TagDecoder.Viterbi: log probabilities plus
transition scores, under the BIO constraint) finds the same best path as the CRF: a log softmax moves every label of
a token by the same constant. Transitions the BIO scheme forbids (an inside label that does not continue its own
role) are masked out of both the likelihood and the decoding.
"""
import torch
import torch.nn as nn

LABELS = 7


def allowed(previous, label):
    """An inside label (2, 4, 6) only continues a span of its own role (B or I of the same role)."""
    return label == 0 or label % 2 == 1 or (previous != 0 and (previous + 1) // 2 == (label + 1) // 2)


MASK = torch.tensor([[0.0 if allowed(j, k) else -1e4 for k in range(LABELS)] for j in range(LABELS)])
START = torch.tensor([0.0 if allowed(0, k) else -1e4 for k in range(LABELS)])


class Crf(nn.Module):
    def __init__(self, initial=None):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(LABELS, LABELS) if initial is None else initial.clone())

    def scores(self):
        return self.transitions + MASK

    def nll(self, logits, labels):
        """The negative log likelihood of the gold labels under the chain, summed over the document."""
        emissions = torch.log_softmax(logits, dim=-1)
        trans = self.scores()
        n = emissions.shape[0]
        gold = emissions[torch.arange(n), labels].sum() + START[labels[0]] + trans[labels[:-1], labels[1:]].sum()
        alpha = emissions[0] + START
        for t in range(1, n):
            alpha = torch.logsumexp(alpha.unsqueeze(1) + trans, dim=0) + emissions[t]
        return torch.logsumexp(alpha, dim=0) - gold

    def decode(self, logits):
        emissions = torch.log_softmax(logits, dim=-1).detach()
        trans = self.scores().detach()
        n = emissions.shape[0]
        score = emissions[0] + START
        back = []
        for t in range(1, n):
            total = score.unsqueeze(1) + trans
            best, arg = total.max(dim=0)
            back.append(arg)
            score = best + emissions[t]
        label = int(score.argmax())
        out = [label]
        for arg in reversed(back):
            label = int(arg[label])
            out.append(label)
        return out[::-1]
