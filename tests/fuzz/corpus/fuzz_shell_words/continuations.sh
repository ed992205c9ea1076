one \
two\
three 'it'\''s'