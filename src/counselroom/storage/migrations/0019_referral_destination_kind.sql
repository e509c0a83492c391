-- Schema 19: the kind of institution a referral goes to (issue 16: the statistics count referrals
-- by destination kind). The institution stays free text as typed; the kind is chosen beside it.
--
-- Referrals made before this had no kind: each gets the best guess from the words of its
-- institution's name, tried in order (a 精神卫生中心 is a centre before anything with 医院 in it):
-- the rules of domain/referrals.py guess_destination_kind, which the referral form offers too
-- (tests/services/test_referral_kind.py checks that both agree); a name with none of the words is
-- 'other'. The guess is narrow on purpose: 'other' is honest, a wrong kind is not.

ALTER TABLE referrals ADD COLUMN destination_kind TEXT NOT NULL DEFAULT 'other'
    CHECK (destination_kind IN
           ('psychiatric_hospital', 'general_hospital', 'mental_health_centre', 'social_service', 'other'));

UPDATE referrals SET destination_kind = CASE
    WHEN instr(institution, '精神卫生中心') > 0
          OR instr(institution, '心理健康中心') > 0
          OR instr(institution, '心理卫生中心') > 0
        THEN 'mental_health_centre'
    WHEN instr(institution, '精神病') > 0
          OR instr(institution, '精神专科') > 0
          OR instr(institution, '精神医院') > 0
          OR instr(institution, '安定医院') > 0
          OR instr(institution, '康宁医院') > 0
          OR instr(institution, '脑科医院') > 0
        THEN 'psychiatric_hospital'
    WHEN instr(institution, '医院') > 0
          OR instr(institution, '保健院') > 0
          OR instr(institution, '卫生院') > 0
          OR instr(institution, '心理科') > 0
          OR instr(institution, '门诊') > 0
        THEN 'general_hospital'
    WHEN instr(institution, '心理咨询') > 0
          OR instr(institution, '社会心理') > 0
          OR instr(institution, '社工') > 0
          OR instr(institution, '心理服务') > 0
          OR instr(institution, '工作室') > 0
          OR instr(institution, '辅导中心') > 0
        THEN 'social_service'
    ELSE 'other' END;
