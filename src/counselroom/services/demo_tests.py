"""Generated tests (R5): a bundled scale administered during a session, answered, scored, sealed.

Answers follow how distressed the client is, so bands spread as they do in a room (a few severe
ones, a critical PHQ-9 item 9 for clients at risk); a result that calls for it opens the crisis
in the same step, as ``TestService.sign`` does.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from counselroom.domain.audit import Action
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.scales import Scale, ScaleDefinition, administration_payload, clean_answers, score
from counselroom.domain.visits import seal
from counselroom.services.cases import case_target
from counselroom.services.demo_agenda import Agenda
from counselroom.services.demo_cabinet import Cabinet
from counselroom.services.demo_crises import Crises
from counselroom.services.demo_state import Sitting
from counselroom.services.demo_writer import Writer, moment
from counselroom.services.tests import GENESIS, crisis_risk

#: Of the tests, how many are answered on the room's paper form (handed out, filled in, kept).
ON_PAPER = 0.3


def answers_for(definition: ScaleDefinition, distress: float, at_risk: bool, rng: random.Random) -> dict[str, str]:
    """One option per item: each step up the item's scale taken with probability ``distress``."""
    critical = {c.item: c for c in definition.critical}
    found: dict[str, str] = {}
    for item in definition.items:
        options = sorted(item.options, key=lambda o: o.score, reverse=item.reverse)
        if item.id in critical and not at_risk:
            steps = 1 if rng.random() < 0.01 else 0
        else:
            steps = sum(rng.random() < distress * (0.7 if item.id in critical else 1) for _ in options[1:])
        found[item.id] = options[steps].id
    return clean_answers(definition, found)


class Tests:
    __test__ = False    # not a pytest test class

    def __init__(self, writer: Writer, agenda: Agenda, cabinet: Cabinet, crises: Crises,
                 scales: dict[str, Scale]) -> None:
        self._w = writer
        self._agenda = agenda
        self._cabinet = cabinet
        self._crises = crises
        self._scales = scales

    def during(self, sitting: Sitting, codes: list[str]) -> None:
        """The scales ``codes`` one after the other, from a few minutes into the session."""
        start = sitting.start + timedelta(minutes=3)
        for code in codes:
            self._agenda.at(start, self._start, sitting, code)
            start += timedelta(minutes=12)

    def _start(self, when: datetime, sitting: Sitting, code: str) -> None:
        case, w = sitting.case, self._w
        scale = self._scales[code]
        if case.testing_consent is None:
            consent = ConsentDraft(ConsentKind.TESTING, ConsentGiver.GUARDIAN if case.minor else ConsentGiver.CLIENT,
                                   sitting.day, "心理测评", True, case.case_id)
            w.log(case.counsellor, Action.CONSENT_RECORDED, when, case_target(case.case_id))
            case.testing_consent = w.consents.add(case.client_id, consent, case.counsellor.id, moment(when))
            w.counts["consents"] += 1
        test_id = w.tests.add(case.client_id, case.case_id, scale.id, sitting.day, case.counsellor.id, moment(when))
        w.log(case.counsellor, Action.TEST_STARTED, when, case_target(case.case_id),
              {"test": test_id, "scale": scale.code, "version": scale.version})
        if case.rng.random() < ON_PAPER:
            handout = self._cabinet.hand_out(when, case.counsellor, code, "个体测评")
            if handout is not None:
                sitting.handouts.append(handout)
        self._agenda.at(when + timedelta(minutes=8), self._save, sitting, scale, test_id)

    def _save(self, when: datetime, sitting: Sitting, scale: Scale, test_id: int) -> None:
        case, w = sitting.case, self._w
        answers = answers_for(scale.definition, case.distress, case.at_risk, case.rng)
        band = score(scale.definition, answers).band
        interpretation = f"结果提示{band.label.get('zh_CN')}，结合访谈综合判断" if band else ""
        w.tests.save_draft(test_id, administered_on=sitting.day, answers=answers, purpose_explained=True,
                           consent_id=case.testing_consent, interpretation=interpretation, now=moment(when))
        w.log(case.counsellor, Action.TEST_SAVED, when, case_target(case.case_id),
              {"test": test_id, "answered": len(answers), "purpose_explained": True, "consent": case.testing_consent})
        self._agenda.at(when + timedelta(minutes=1), self._sign, sitting, scale, test_id, answers, interpretation)

    def _sign(self, when: datetime, sitting: Sitting, scale: Scale, test_id: int, answers: dict[str, str],
              interpretation: str) -> None:
        case, w = sitting.case, self._w
        result = score(scale.definition, answers)
        band = result.band.id if result.band else ""
        signed_at = moment(when)
        stamp = seal(w.seal_key, GENESIS, administration_payload(
            test_id=test_id, client_id=case.client_id, case_id=case.case_id, scale_id=scale.id,
            digest=scale.definition.digest, administered_on=sitting.day, administered_by=case.counsellor.id,
            purpose_explained=True, consent_id=case.testing_consent, answers=answers, total=result.total,
            subscales=result.subscales, band=band, critical=bool(result.critical), interpretation=interpretation,
            signed_at=signed_at))
        w.tests.sign(test_id, total=result.total, subscales=result.subscales, band=band,
                     critical=bool(result.critical), signed_at=signed_at, seal=stamp)
        w.log(case.counsellor, Action.TEST_SIGNED, when, case_target(case.case_id),
              {"test": test_id, "scale": scale.code, "version": scale.version, "total": result.total, "band": band,
               "critical": [h.item for h in result.critical], "seal": stamp})
        w.counts["tests"] += 1
        risk = crisis_risk(result)
        if risk is not None:
            self._crises.open_for_risk(when, case, risk, test_id=test_id)
